import { placeholder } from './check/placeholders.ts';
import { closestWords } from './edit-distance.ts';
import { PLAN_KINDS, type PlanKind } from './kinds.ts';
import { renderFrontMatter } from './parse/to-markdown.ts';
import { PROVENANCE_IDS, provenanceOf, type Provenance } from './provenance.ts';
import { regionEntryLines } from './regions/entry-lines.ts';
import { regionFullName } from './regions/full-name.ts';
import { createPlaceIndex } from './regions/place-names.ts';
import { shortRegionName } from './regions/short-name.ts';
import type { Region } from './regions/types.ts';
import { PlanSchema } from '../schemas/plan.ts';

/** What `npm run new -- --region <id> --year <y> --kind <k> [--provenance <p>] [--suffix <n>]` asks for, as typed. */
export interface NewPlanRequest {
	/** A region id, or `unknown` when the text does not say. */
	region: string;
	/** A four-digit year, or `unknown`. */
	year: string;
	/** A kind's Chinese name (要点) or its file-name slug (priorities). */
	kind: string;
	/** A provenance id. Default official: the usual case is a bureau's own published text. */
	provenance?: string;
	/** The number of a second, third … file of the same region, year and kind (`-2` in the name). */
	suffix?: string;
}

/** What the repository looks like, for choosing and refusing a file. */
export interface NewPlanContext {
	/** Every region: the national list merged with content/regions.yaml. */
	regions: readonly Region[];
	/** The ids content/regions.yaml names (pinned, corrected or added). */
	listedRegionIds: ReadonlySet<string>;
	/** Whether a file exists, by its path under content/plans/ (`qinhuangdao/2026-priorities.md`). */
	exists: (path: string) => boolean;
	/** Today, YYYY-MM-DD: the file's `imported` date. */
	today: string;
}

/** A new plan file, ready to be written. */
export interface NewPlan {
	/** Path under content/plans/, e.g. qinhuangdao/2026-priorities.md. */
	path: string;
	/** The whole file: every front matter field and a body skeleton, as a draft. */
	markdown: string;
	/** The region, or null for `unknown`. */
	region: Region | null;
	/** The region's name with those above it (河北省秦皇岛市), or null for `unknown`. */
	regionFullName: string | null;
	year: number | null;
	kind: PlanKind;
	provenance: Provenance;
	/** Whether content/regions.yaml still lacks the region (its first plan). */
	regionUnlisted: boolean;
}

const YEAR_RANGE = { min: 1949, max: 2100 } as const;

/** How the command is typed, for the messages. */
export const NEW_PLAN_USAGE = 'npm run new -- --region qinhuangdao --year 2026 --kind 要点';

/**
 * The regions an unknown `--region` may have meant: for a Chinese name, the regions of that name
 * (秦皇岛 → qinhuangdao, 恩施州 → enshi), else those whose name starts with it or that it starts
 * with; for an id, the ids that end or start with it (suzhou → jiangsu-suzhou, anhui-suzhou) and
 * those a typo or two away (qinhuangdoa → qinhuangdao).
 * @param typed what the editor typed
 * @param byId every region by id, in the list's order
 * @param limit how many to suggest at most
 * @returns the regions, best first
 */
export function suggestRegions(typed: string, byId: ReadonlyMap<string, Region>, limit = 5): Region[] {
	const text = typed.trim();
	const regions = [...byId.values()];
	if (/\p{Script=Han}/u.test(text)) {
		const index = createPlaceIndex(regions);
		const named = [...(index.names.get(text) ?? []), ...(index.shortNames.get(text) ?? [])];
		const prefixed = regions.filter((region) => region.name.startsWith(text) || text.startsWith(shortRegionName(region.name)));
		return [...new Set([...named, ...prefixed])].slice(0, limit);
	}
	const id = text.toLowerCase();
	// A prefixed id names the region itself (anhui-suzhou); an id it starts names one of its counties (suzhou-wuzhong).
	const prefixed = regions.filter((region) => region.id.endsWith(`-${id}`));
	const close = closestWords(id, [...byId.keys()], limit).map((closeId) => byId.get(closeId) as Region);
	const below = regions.filter((region) => region.id.startsWith(`${id}-`));
	return [...new Set([...prefixed, ...close, ...below])].slice(0, limit);
}

/**
 * @param typed a kind as typed: its Chinese name or its slug
 * @returns the kind, or null
 */
function findKind(typed: string): (typeof PLAN_KINDS)[number] | null {
	const text = typed.trim();
	return PLAN_KINDS.find((kind) => kind.name === text || kind.slug === text.toLowerCase()) ?? null;
}

/**
 * The skeleton of a body: one example of each of the first three numbering levels, each a
 * placeholder, so that the file passes the check as a draft and shows how the outline is written.
 */
const BODY_SKELETON = [
	placeholder('开头的段落（总体要求等不带编号的文字），照录原文；原文没有就删除这一段'),
	`## 一、${placeholder('第一部分的标题，即原文“一、”后面的文字')}`,
	`### （一）${placeholder('第一条的标题，即原文这一条的第一句。')}`,
	placeholder('这一条其余的文字；没有就删除这一段'),
	`#### 1.${placeholder('下一级条目的标题（原文有“1.”这一级时才写，没有就删除这一行）。')}`,
	`## 二、${placeholder('第二部分的标题')}`,
].join('\n\n');

/**
 * Chooses the file for a new plan and writes its text: every front matter field (unknown ones
 * null, the title a placeholder, `draft: true`) and a body skeleton, in the form the importer
 * writes. Refuses, with a message in Chinese, an unknown region (suggesting close ids), kind or
 * year, and a file that exists (naming the free `-2` name): an existing file is never replaced.
 * @param request the command line's values
 * @param context the regions and the files already there
 * @returns the new file, or the reason it cannot be made
 */
export function resolveNewPlan(request: NewPlanRequest, context: NewPlanContext): NewPlan | { error: string } {
	const byId = new Map(context.regions.map((region) => [region.id, region]));
	const regionId = request.region.trim();
	const region = regionId === 'unknown' ? null : byId.get(regionId);
	if (region === undefined) {
		const suggestions = suggestRegions(regionId, byId).map((candidate) => `${candidate.id}（${regionFullName(candidate, byId)}）`);
		const chinese = /\p{Script=Han}/u.test(regionId);
		return {
			error: [
				chinese ? `--region 要写地区 id（文件夹名，小写拼音），不是中文名“${regionId}”。` : `未知的地区 id“${regionId}”。`,
				suggestions.length > 0 ? `是不是：${suggestions.join('、')}？` : '全国行政区划表和 content/regions.yaml 里都没有相近的 id。',
				'地区 id 怎样来见 content/README.md 的“地区”；表里还没有的新地区先加到 content/regions.yaml；原文没有写明地区时写 --region unknown。',
			].join('\n'),
		};
	}
	const yearText = request.year.trim();
	const year = yearText === 'unknown' ? null : /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
	if (year !== null && (Number.isNaN(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max)) {
		return { error: `年份“${yearText}”不对：写四位数字（${YEAR_RANGE.min}–${YEAR_RANGE.max}），如 --year 2026；原文没有写明年份时写 --year unknown。` };
	}
	const kind = findKind(request.kind);
	if (!kind) {
		return { error: `未知的文件类型“${request.kind}”。--kind 写下列之一（中文或括号里的英文都可以）：${PLAN_KINDS.map((known) => `${known.name}（${known.slug}）`).join('、')}。` };
	}
	const provenance = (request.provenance ?? 'official').trim();
	if (!(PROVENANCE_IDS as readonly string[]).includes(provenance)) {
		return { error: `未知的文本来源“${provenance}”。--provenance 写 ${PROVENANCE_IDS.map((id) => `${id}（${provenanceOf(id).label}）`).join('、')} 之一；不写就是 official。` };
	}
	const suffixText = request.suffix?.trim();
	if (suffixText !== undefined && !/^[1-9]\d*$/.test(suffixText)) {
		return { error: `--suffix 后面写数字，如 --suffix 2（文件名加 -2），不是“${suffixText}”。` };
	}
	const suffix = suffixText === undefined || suffixText === '1' ? 1 : Number(suffixText);
	const stem = `${regionId}/${year ?? 'unknown'}-${kind.slug}`;
	const name = (n: number) => `${stem}${n === 1 ? '' : `-${n}`}`;
	const taken = (n: number) => context.exists(`${name(n)}.md`) || context.exists(`${name(n)}.mdx`);
	if (suffix > 1 && !taken(suffix - 1)) {
		let free = 1;
		while (taken(free)) free++;
		return { error: `还没有 ${name(suffix - 1).split('/')[1]}.md，不用加 --suffix ${suffix}：这份文件的文件名是 ${name(free).split('/')[1]}.md${free === 1 ? '（去掉 --suffix）' : `（--suffix ${free}）`}。` };
	}
	if (taken(suffix)) {
		const existing = context.exists(`${name(suffix)}.md`) ? `${name(suffix)}.md` : `${name(suffix)}.mdx`;
		let free = 2;
		while (taken(free)) free++;
		return {
			error: [
				`content/plans/${existing} 已经存在，不会覆盖它。`,
				`要修改那一份，直接打开这个文件编辑；如果这是同一地区、同一年、同一类型的另一份文件，它的文件名是 ${name(free).split('/')[1]}.md：`,
				`  npm run new -- --region ${regionId} --year ${year ?? 'unknown'} --kind ${kind.name} --suffix ${free}`,
			].join('\n'),
		};
	}
	// Every other field takes the schema's default, null: the draft says nothing the source has not.
	const frontMatter = renderFrontMatter(
		PlanSchema.parse({
			title: placeholder('文件标题，照原文，如“2026年全市卫生健康工作要点”；不是“关于印发……的通知”'),
			region: region?.id ?? null,
			year,
			kind: kind.name,
			provenance,
			imported: context.today,
			draft: true,
		}),
	);
	return {
		path: `${name(suffix)}.md`,
		markdown: `${frontMatter}\n${BODY_SKELETON}\n`,
		region: region ?? null,
		regionFullName: region ? regionFullName(region, byId) : null,
		year,
		kind: kind.name,
		provenance: provenance as Provenance,
		regionUnlisted: region !== null && !context.listedRegionIds.has(region.id),
	};
}

/**
 * What the editor does next, printed after the file is written.
 * @param plan the new file
 * @param shownPath its path as the editor sees it (content/plans/…)
 * @returns the lines, in Chinese
 */
export function newPlanNextSteps(plan: NewPlan, shownPath: string): string[] {
	const what = `${plan.regionFullName ?? '地区不详'}，${plan.year ?? '年份不详'}，${plan.kind}`;
	const lines = [
		`已创建 ${shownPath}（${what}），现在是草稿（draft: true），不会发布。`,
		'',
		'接下来：',
		'  1. 打开这个文件，把每个【待填写：…】换成原文：标题和正文（编号的写法见 content/README.md 的“正文”；',
		'     也可以删掉骨架，把原文交给 npm run import -- 原文.txt --out 某目录 转换后粘贴过来）。',
		'  2. 照原文填写 agency（发布机构）、published（发布日期 YYYY-MM-DD）、index_no（索引号）、doc_no（文号）等；',
		'     原文没有写明的保留 null，不要猜。字段说明见 content/README.md 的“前置信息”。',
		`  3. provenance 现在是 ${plan.provenance}（${provenanceOf(plan.provenance).description}）；不是的话改为 ${PROVENANCE_IDS.filter((id) => id !== plan.provenance).join(' 或 ')}。`,
		'     source.url 写原文网址（不知道就保留 null）。',
		'  4. 全部填完后把 draft: true 改为 draft: false（还留着【待填写】时检查会报错），然后运行',
		`       npm run check:content -- ${shownPath}`,
	];
	if (plan.regionUnlisted && plan.region) {
		lines.push(
			`  5. 这是${plan.region.name}的第一份文件：请在 content/regions.yaml 里加上下面两行，固定它的 id（见 content/README.md 的“regions.yaml 里写什么”）：`,
			...regionEntryLines(plan.region).map((line) => `       ${line}`),
		);
	}
	return lines;
}
