import { load as loadYaml } from 'js-yaml';
import { kindSlug } from '../kinds.ts';
import { extractOutline } from '../outline.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { checkTopicOverrides } from '../topics/overrides.ts';
import { describeSchemaIssue, issueKeyPath } from './describe-issue.ts';
import { findYamlKeyLine, splitFrontMatter } from './front-matter.ts';
import { parseMarker } from '../parse/markers.ts';
import { findNumberingProblems } from './numbering.ts';
import { findUnfilledPlaceholders } from './placeholders.ts';
import { findUnsafeMarkupInFile } from './unsafe-markup-in-file.ts';
import { describeYamlError } from './yaml-error.ts';
import type { ContentProblem } from './problem.ts';

/** What the plan check needs to know besides the file itself. */
export interface PlanCheckContext {
	/** Region ids: the national list's and those of content/regions.yaml. */
	regionIds: ReadonlySet<string>;
	/** Components .mdx plans may use (src/components/mdx/). Default none. */
	allowedComponents?: readonly string[];
	/** Ids of content/topics.yaml, which the `topics` overrides may name. */
	topicIds: ReadonlySet<string>;
	/**
	 * `content` (default): a file of content/plans/, whose folder must be its region and whose name
	 * its year and kind. `outside`: a file elsewhere, such as one the importer wrote with --out;
	 * its name is checked, its folder cannot be (it is not under content/plans/).
	 */
	location?: 'content' | 'outside';
}

const PLAN_PATH = /^content\/plans\/([^/]+)\/([^/]+)\.mdx?$/;

/**
 * Checks one plan file: front matter syntax and schema, references, the file name convention,
 * markup that must not reach the page (raw HTML that could run script, MDX beyond the allowed
 * components), placeholders left in a plan that is no longer a draft, and the numbering of its outline.
 * @param file path of the file relative to the repository, e.g. content/plans/baotou/2017-priorities.md
 *   (or as the editor named it, for a file outside content/: see `context.location`)
 * @param text the file's text
 * @param context the region and topic ids, the allowed MDX components, where the file is
 * @returns the problems found, in line order
 */
export function checkPlanFile(file: string, text: string, context: PlanCheckContext): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const report = (line: number, message: string, fix: string) => problems.push({ file, line, message, fix });
	const split = splitFrontMatter(text);
	if (split.yaml === null && split.yamlFirstLine === 2) {
		report(1, '前置信息没有结束：开头的 --- 之后找不到另一行 ---', '在前置信息的最后一个字段之后单独写一行 ---，再写正文');
		return problems;
	}
	if (split.yaml === null) {
		report(1, '文件开头缺少 YAML 前置信息（front matter）', '在文件第一行写 ---，接着写 title、region、year、kind 等字段，再以 --- 结束');
		return problems;
	}
	let raw: unknown;
	try {
		raw = loadYaml(split.yaml);
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? String(error);
		report(split.yamlFirstLine + (mark?.line ?? 0), `前置信息不是有效的 YAML：${describeYamlError(reason)}`, '检查这一行的缩进、冒号和引号；含冒号的文字请用引号括起来');
		return problems;
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		report(split.yamlFirstLine, '前置信息应是“字段: 值”的列表', '按 content/README.md 的示例填写字段');
		return problems;
	}
	const parsed = PlanSchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const { message, fix } = describeSchemaIssue(issue, raw as Record<string, unknown>);
			report(split.yamlFirstLine + findYamlKeyLine(split.yaml, issueKeyPath(issue)), message, fix);
		}
	}
	const data = parsed.success ? parsed.data : null;
	const keyLine = (key: string) => split.yamlFirstLine + findYamlKeyLine(split.yaml ?? '', [key]);

	if (data?.region && !context.regionIds.has(data.region)) {
		report(keyLine('region'), `未知的地区“${data.region}”`, '使用全国行政区划表或 content/regions.yaml 中的地区 id（怎样查见 content/README.md 的“地区”），表中还没有的新地区先加到 regions.yaml');
	}
	const checkName = (name: string) => {
		if (!data) return;
		const expectedStem = `${data.year ?? 'unknown'}-${kindSlug(data.kind)}`;
		if (name === expectedStem || new RegExp(`^${expectedStem}-[0-9a-z]+$`).test(name)) return;
		const nameYear = /^(\d{4}|unknown)-/.exec(name)?.[1];
		report(
			nameYear && nameYear !== String(data.year ?? 'unknown') ? keyLine('year') : keyLine('kind'),
			nameYear && nameYear !== String(data.year ?? 'unknown')
				? `year 必须与文件名一致：文件名是 ${nameYear}，year 是 ${data.year ?? 'null'}`
				: `文件名 ${name} 与 year、kind 不符，应为 ${expectedStem}`,
			`把文件改名为 ${expectedStem}.md（同一地区同年同类有多份时加后缀，如 ${expectedStem}-2.md），或改正 year / kind`,
		);
	};
	if (context.location === 'outside') {
		checkName(file.replace(/^.*\//, '').replace(/\.mdx?$/, ''));
	} else {
		const path = PLAN_PATH.exec(file);
		if (!path) {
			report(1, '文件位置不符合约定', '文件应放在 content/plans/<地区id>/<年份>-<类型>.md，例如 content/plans/baotou/2017-priorities.md');
		} else if (data) {
			const [, directory, name] = path;
			const expectedDirectory = data.region ?? 'unknown';
			if (directory !== expectedDirectory) {
				report(keyLine('region'), `region 为 ${data.region ?? 'null'}，但文件在 ${directory}/ 目录下`, `把文件移到 content/plans/${expectedDirectory}/，或改正 region`);
			}
			checkName(name);
		}
	}

	// A draft may still hold what `npm run new` wrote for the editor to replace; a published plan
	// may not. Read from the raw front matter, so that a schema problem elsewhere does not hide them.
	if ((raw as Record<string, unknown>).draft !== true) {
		for (const left of findUnfilledPlaceholders(text)) {
			report(left.line, `还有未填写的占位文字“${left.text.length > 24 ? `${left.text.slice(0, 22)}…】` : left.text}”`, '换成原文的文字（原文没有的：正文里删除这一行，前置信息里写 null）；还没填完就把 draft 改回 true');
		}
	}

	const unsafe = findUnsafeMarkupInFile(text, { mdx: file.endsWith('.mdx'), allowedComponents: context.allowedComponents ?? [] });
	for (const problem of unsafe) report(problem.line, problem.message, problem.fix);
	// An MDX file that does not parse has no outline to check.
	if (unsafe.some((problem) => problem.message.startsWith('MDX 语法错误'))) return problems.sort((a, b) => a.line - b.line);

	// `###(二)…` is a paragraph to Markdown, not a heading: easily done in a web editor, and the
	// numbering problem it causes shows further down, so say where it starts.
	split.body.split(/\r?\n/).forEach((line, index) => {
		const heading = /^ {0,3}(#{1,6})([^#\s].*)$/.exec(line);
		if (!heading || !parseMarker(heading[2])) return;
		const shown = heading[2].length > 12 ? `${heading[2].slice(0, 12)}…` : heading[2];
		report(split.bodyLineOffset + index + 1, `标题的 # 后面缺少空格：“${heading[1]}${shown}”`, `在 # 和编号之间加一个空格，写成“${heading[1]} ${shown}”；不加空格这一行就不是标题，后面的编号也会显得不连续`);
	});

	const { items } = extractOutline(split.body);
	if (data) {
		const anchors = new Set(items.map((item) => item.id));
		for (const problem of checkTopicOverrides(data.topics, context.topicIds, anchors)) {
			report(split.yamlFirstLine + findYamlKeyLine(split.yaml, problem.path), problem.message, problem.fix);
		}
	}
	// A flag that documents the source's own numbering stands for the problems it explains.
	const documented = new Set(data?.flags.map((flag) => flag.code));
	for (const problem of findNumberingProblems(items)) {
		if ((problem.kind === 'gap' || problem.kind === 'duplicate') && documented.has('numbering-gap')) continue;
		if (problem.kind === 'restart' && documented.has('numbering-restart')) continue;
		report(split.bodyLineOffset + problem.line, problem.message, problem.fix);
	}
	return problems.sort((a, b) => a.line - b.line);
}
