import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_ROOT, displayContentPath } from '../content-root.ts';
import { splitFrontMatter } from '../lib/check/front-matter.ts';
import { formatProblem } from '../lib/check/problem.ts';
import { findUnsafeMarkupInFile } from '../lib/check/unsafe-markup-in-file.ts';
import { distinguishingSubtitles } from '../lib/distinguishing-titles.ts';
import { groupBy } from '../lib/group-by.ts';
import { extractOutline, type PlanItem } from '../lib/outline.ts';
import { mergeRegions } from '../lib/regions/merge-regions.ts';
import { readNationalList } from '../lib/regions/national-list.ts';
import { listMdxComponents } from '../mdx-components.ts';
import { withBase } from '../lib/site-path.ts';
import { ancestors } from '../lib/regions/full-name.ts';

export type PlanEntry = CollectionEntry<'plans'>;

/** A region with what the pages need about it. */
export interface PreparedRegion {
	/** Id from content/regions.yaml, or generated from the national list (src/lib/regions/README.md), e.g. qinhuangdao; also the last part of its URL. */
	id: string;
	/** Name as visitors see it, e.g. 秦皇岛市. */
	name: string;
	/** Administrative level: 省, 市, 区 or 县. */
	level: string;
	/** Six-digit 行政区划代码 (GB/T 2260), or null for a region of regions.yaml outside the national list without one. */
	code: string | null;
	/** Id of the region above it, or null for a province. */
	parent: string | null;
	/** The region and its ancestors, outermost first (河北省 › 秦皇岛市), each with its page. */
	chain: { id: string; name: string; url: string }[];
	/** Its page's address, base path included, e.g. /regions/qinhuangdao/. */
	url: string;
}

/** A plan with its derived outline and links, prepared once for every page. */
export interface PreparedPlan {
	/** Collection id: the file's path below content/plans/ without extension, e.g. qinhuangdao/2019-priorities. */
	id: string;
	/** The collection entry, for render() on the plan page. */
	entry: PlanEntry;
	/** The validated front matter (src/schemas/plan.ts). */
	data: PlanEntry['data'];
	/** Its page, e.g. /plans/qinhuangdao/2019-priorities/. */
	url: string;
	/** Its region, or null when the source does not say. */
	region: PreparedRegion | null;
	/** Path of the source file as it is in the repository, e.g. content/plans/baotou/2017-priorities.md. */
	filePath: string;
	/** Plain text of the body before its first heading (the opening paragraphs); empty when none. */
	lead: string;
	/** The outline's items in document order, with anchors from the numbering (src/lib/outline.ts). */
	items: PlanItem[];
	/**
	 * What tells the plan apart when its title does not (a title other plans share, or one that
	 * lost its year): the compilation part and its first heading or opening words; else null.
	 */
	subtitle: string | null;
}

// regions.yaml holds ids and overrides; every other province, city and county comes from the
// national list (src/lib/regions), so a plan from any county has its region and parent chain.
const regionEntries = await getCollection('regions');
const merged = mergeRegions(
	readNationalList(),
	regionEntries.map((entry) => entry.data),
);
if (merged.problems.length) {
	const reasons = merged.problems.map(({ index, message, fix }) => `content/regions.yaml 第 ${index + 1} 项（${regionEntries[index].id}）：${message} → ${fix}`);
	throw new Error(`地区表与全国行政区划表不一致，构建已停止：\n${reasons.join('\n')}\n运行 npm run check:content 查看全部问题。`);
}
const mergedById = new Map(merged.regions.map((region) => [region.id, region]));

function regionChain(id: string): PreparedRegion['chain'] {
	const region = mergedById.get(id);
	if (!region) return [];
	return [...ancestors(region, mergedById).reverse(), region].map((link) => ({ id: link.id, name: link.name, url: regionUrl(link.id) }));
}

/**
 * @param id a region's id, or `unknown` for the page of plans without one
 * @returns the region's page
 */
export function regionUrl(id: string): string {
	return withBase(`/regions/${id}/`);
}

/**
 * Every region: the national list's in code order (with regions.yaml's ids and overrides), then
 * those only in regions.yaml. Pages show only regions with plans (plansInRegion), so the thousands
 * without any cost a lookup each, not a page.
 */
export const regions: PreparedRegion[] = merged.regions.map((region) => ({
	id: region.id,
	name: region.name,
	level: region.level,
	code: region.code,
	parent: region.parent,
	chain: regionChain(region.id),
	url: regionUrl(region.id),
}));

export const regionById = new Map(regions.map((region) => [region.id, region]));

/** Child regions by parent id (null for the provinces), in the order of {@link regions}. */
export const regionsByParent = new Map<string | null, PreparedRegion[]>();
for (const region of regions) {
	const siblings = regionsByParent.get(region.parent);
	if (siblings) siblings.push(region);
	else regionsByParent.set(region.parent, [region]);
}

const planEntries = await getCollection('plans', (entry) => (import.meta.env.PROD ? !entry.data.draft : true));

// Astro's glob loader only logs a Markdown file that fails to render (remarkSafeMarkup throws on
// unsafe HTML) and publishes the page without its text. A disclosure must never lose its text
// quietly, so the build stops here, after the loader has printed the file:line reasons.
// The reasons are worked out again here because a cached, unchanged file is not rendered again.
const unrendered = planEntries.filter((entry) => entry.filePath?.endsWith('.md') && !entry.rendered);
if (unrendered.length) {
	const reasons = unrendered.flatMap((entry) => {
		const path = resolve(entry.filePath ?? '');
		const file = displayContentPath(path);
		const found = findUnsafeMarkupInFile(readFileSync(path, 'utf8'), { mdx: false, allowedComponents: listMdxComponents() });
		return found.length ? found.map((problem) => formatProblem({ file, ...problem })) : [`${file}: 正文未能生成（见上方的出错信息）`];
	});
	throw new Error(`正文含有不允许的 HTML，构建已停止：\n${reasons.join('\n')}\n请按箭头后的说明修改，或运行 npm run check:content 查看全部问题。`);
}

/** Newest first; plans of unknown year last; then by region and kind for a stable order. */
function comparePlans(a: PreparedPlan, b: PreparedPlan): number {
	return (
		(b.data.year ?? -1) - (a.data.year ?? -1) ||
		(b.data.published ?? '').localeCompare(a.data.published ?? '') ||
		a.id.localeCompare(b.id)
	);
}

/** Every published plan, newest first. */
export const plans: PreparedPlan[] = planEntries
	.map((entry) => {
		const { lead, items } = extractOutline(entry.filePath ? splitFrontMatter(readFileSync(resolve(entry.filePath), 'utf8')).body : '');
		const region = entry.data.region ? (regionById.get(entry.data.region.id) ?? null) : null;
		return {
			id: entry.id,
			entry,
			data: entry.data,
			url: withBase(`/plans/${entry.id}/`),
			region,
			filePath: entry.filePath
				? `content/plans/${relative(join(CONTENT_ROOT, 'plans'), resolve(entry.filePath))}`
				: `content/plans/${entry.id}.md`,
			lead,
			items,
			subtitle: null as string | null,
		};
	})
	.sort(comparePlans);

const subtitles = distinguishingSubtitles(
	plans.map((plan) => ({ id: plan.id, title: plan.data.title, part: plan.data.source.part, firstHeading: plan.items[0]?.title ?? null, lead: plan.lead })),
);
for (const plan of plans) plan.subtitle = subtitles.get(plan.id) ?? null;

/** Every published plan by its id. */
export const planById = new Map(plans.map((plan) => [plan.id, plan]));

/** Years that have plans, newest first. */
export const years: number[] = [...new Set(plans.flatMap((plan) => (plan.data.year === null ? [] : [plan.data.year])))].sort(
	(a, b) => b - a,
);

/** Plans by region id, each also listed under every region above its own. */
const plansByRegion = new Map(
	[...groupBy(plans.flatMap((plan) => (plan.region?.chain ?? []).map((link) => ({ region: link.id, plan }))), (entry) => entry.region)].map(([id, entries]) => [id, entries.map((entry) => entry.plan)]),
);
/** Plans by year (null for unknown), in the order of {@link plans}. */
const plansByYear = groupBy(plans, (plan) => plan.data.year);

/**
 * Pages call this once per region, so it is a lookup: filtering every plan for every region would
 * make the build grow with regions × plans.
 * @param regionId a region id
 * @returns the plans of the region and of every region below it
 */
export function plansInRegion(regionId: string): PreparedPlan[] {
	return plansByRegion.get(regionId) ?? [];
}

/**
 * @param year a year, or null for plans of unknown year
 * @returns the plans of that year
 */
export function plansOfYear(year: number | null): PreparedPlan[] {
	return plansByYear.get(year) ?? [];
}

/**
 * @param plan a plan
 * @returns “秦皇岛市” or 地区不详
 */
export function regionLabel(plan: PreparedPlan): string {
	return plan.region?.name ?? '地区不详';
}
