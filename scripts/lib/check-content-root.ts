import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkListFile } from '../../src/lib/check/check-list-file.ts';
import { checkPlanFile, type PlanCheckContext } from '../../src/lib/check/check-plan.ts';
import { frontMatterFields } from '../../src/lib/check/front-matter.ts';
import type { ContentProblem } from '../../src/lib/check/problem.ts';
import { sameUrlProblem, twinPath } from '../../src/lib/check/same-url.ts';
import type { CheckResult } from '../../src/lib/check/summary.ts';
import { listMdxComponents } from '../../src/mdx-components.ts';
import { checkRegionsFile } from '../../src/lib/regions/check-regions-file.ts';
import { regionEntryLines } from '../../src/lib/regions/entry-lines.ts';
import { regionFullName } from '../../src/lib/regions/full-name.ts';
import { mergeRegions } from '../../src/lib/regions/merge-regions.ts';
import { readNationalList } from '../../src/lib/regions/national-list.ts';
import type { Region } from '../../src/lib/regions/types.ts';
import { IndicatorFamilySchema } from '../../src/schemas/indicator.ts';
import { TopicSchema } from '../../src/schemas/topic.ts';

/** The list files of a content root the check reads, in the order it reads them. */
const LIST_FILES = ['regions.yaml', 'topics.yaml', 'indicators.yaml'] as const;
type ListFile = (typeof LIST_FILES)[number];

function listPlanFiles(directory: string): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * Checks regions.yaml against the national list and returns every region a plan may use (the
 * national list's, with the ids regions.yaml pins, and those regions.yaml adds) and the ids
 * regions.yaml names.
 */
function readRegionList(root: string, display: (path: string) => string, problems: ContentProblem[]): { regions: Region[]; listed: Set<string> } {
	const path = join(root, 'regions.yaml');
	if (!existsSync(path)) {
		problems.push({ file: display(path), line: 1, message: '缺少 regions.yaml', fix: '在 content/ 下创建 regions.yaml（格式见 content/README.md）' });
		return { regions: mergeRegions(readNationalList(), []).regions, listed: new Set() };
	}
	const { problems: found, regions, listed } = checkRegionsFile(display(path), readFileSync(path, 'utf8'), readNationalList());
	problems.push(...found);
	return { regions, listed };
}

/** What the plans of a content root are checked against: its list files, read and checked once. */
export interface CheckContext {
	/** What each plan is checked against. */
	plans: PlanCheckContext;
	/** The problems of each list file, by name. */
	listProblems: Map<ListFile, ContentProblem[]>;
	/** Every region a plan may use, by id. */
	regionsById: Map<string, Region>;
	/** The ids regions.yaml lists. */
	listedRegionIds: Set<string>;
}

/**
 * Reads and checks the list files of a content root: what a plan is checked against. A caller
 * that checks several times (the importer, once per raw file) reads them once and passes them on.
 * @param root the content root
 * @returns the context, with each list file's problems as the repository shows it (content/…)
 */
export function readCheckContext(root: string): CheckContext {
	const display = contentDisplay(root);
	const listProblems = new Map<ListFile, ContentProblem[]>(LIST_FILES.map((name) => [name, []]));
	const readList = (name: 'topics.yaml' | 'indicators.yaml', schema: typeof TopicSchema | typeof IndicatorFamilySchema, options: { optional?: boolean; reference?: Parameters<typeof checkListFile>[3] } = {}) => {
		const problems = listProblems.get(name) as ContentProblem[];
		const path = join(root, name);
		if (!existsSync(path)) {
			if (options.optional) return new Set<string>();
			problems.push({ file: display(path), line: 1, message: `缺少 ${name}`, fix: `在 content/ 下创建 ${name}（格式见 content/README.md）` });
			return new Set<string>();
		}
		const result = checkListFile(display(path), readFileSync(path, 'utf8'), schema, options.reference);
		problems.push(...result.problems);
		return result.ids;
	};
	const { regions, listed } = readRegionList(root, display, listProblems.get('regions.yaml') as ContentProblem[]);
	const regionsById = new Map(regions.map((region) => [region.id, region]));
	const topicIds = readList('topics.yaml', TopicSchema);
	// Optional, like synonyms.yaml: a content root without it has no indicator families.
	readList('indicators.yaml', IndicatorFamilySchema, { optional: true, reference: { field: 'topic', ids: topicIds, file: 'content/topics.yaml' } });
	return { plans: { regionIds: new Set(regionsById.keys()), topicIds, allowedComponents: listMdxComponents() }, listProblems, regionsById, listedRegionIds: listed };
}

/**
 * @param root a content root
 * @returns how its files are shown: as the repository has them (content/…), whatever the root is
 */
function contentDisplay(root: string): (path: string) => string {
	return (path: string) => ['content', ...relative(root, path).split(sep)].join('/');
}

/** @returns whether `path` is `folder` or inside it */
function isInside(path: string, folder: string): boolean {
	const rel = relative(folder, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Checks every file of a content root: regions.yaml, topics.yaml and each plan, plus plans that
 * would share a URL. Paths in the problems are shown as the repository has them (content/…),
 * whatever the root is, so tests and CONTENT_DIR builds say the same as a pull request.
 * @param root the content root (a folder with plans/, regions.yaml, topics.yaml)
 * @returns the problems in file order and how many plan files were checked
 */
export function checkContentRoot(root: string): { problems: ContentProblem[]; planCount: number } {
	const display = contentDisplay(root);
	const { plans: context, listProblems } = readCheckContext(root);
	const problems = LIST_FILES.flatMap((name) => listProblems.get(name) ?? []);
	const files = listPlanFiles(join(root, 'plans'));
	const listed = new Set(files);
	for (const path of files) {
		const file = display(path);
		problems.push(...checkPlanFile(file, readFileSync(path, 'utf8'), context));
		// Said once, on the .mdx.
		if (path.endsWith('.mdx') && listed.has(twinPath(path))) problems.push(sameUrlProblem(file, display(twinPath(path))));
	}
	return { problems, planCount: files.length };
}

/** Where the files named on the command line are, and what they are checked against. */
export interface CheckFilesOptions {
	/** The content root (content/, or CONTENT_DIR). */
	root: string;
	/** The repository root: files inside it are shown relative to it, as GitHub names them. */
	repo: string;
	/** The folder relative paths were typed in. */
	base: string;
	/** Texts of files not written yet, by absolute path (the importer's --dry-run). */
	texts?: ReadonlyMap<string, string>;
	/** The root's list files as readCheckContext(root) reads them; read here when absent. */
	context?: CheckContext;
}

/**
 * Checks the files an editor names, wherever they are: `npm run check:content -- <file|folder>…`
 * and the importer's check of what it wrote. A plan under content/plans/ is checked exactly as in
 * the whole-root check (its folder must be its region), a plan elsewhere (an import written with
 * --out) in everything but its folder, with a note saying so and where it belongs; content/'s
 * regions.yaml, topics.yaml and indicators.yaml are checked as lists. Plans are checked against
 * the content root's regions and topics. A folder stands for the plan files in it.
 * @param inputs the paths as typed: files or folders
 * @param options the content root, the repository, the folder paths are relative to
 * @returns the problems, the notes and how many plans were checked
 */
export function checkFiles(inputs: readonly string[], options: CheckFilesOptions): CheckResult {
	const root = resolve(options.root);
	const plansRoot = join(root, 'plans');
	const toContent = contentDisplay(root);
	const display = (path: string) => (isInside(path, root) ? toContent(path) : isInside(path, options.repo) ? relative(options.repo, path).split(sep).join('/') : path);
	const problems: ContentProblem[] = [];
	const notes: string[] = [];
	const exists = (path: string) => options.texts?.has(path) || existsSync(path);
	const readText = (path: string) => options.texts?.get(path) ?? readFileSync(path, 'utf8');

	const files: string[] = [];
	for (const input of inputs) {
		const path = resolve(options.base, input);
		if (!exists(path)) {
			problems.push({ file: display(path), line: 1, message: '找不到这个文件', fix: `检查路径的拼写；相对路径从运行命令的目录算起（${options.base}）` });
		} else if (!options.texts?.has(path) && statSync(path).isDirectory()) {
			const found = listPlanFiles(path);
			if (found.length === 0) problems.push({ file: display(path), line: 1, message: '这个目录里没有 .md 或 .mdx 文件', fix: '给出要检查的文件，或导入时 --out 写的目录' });
			files.push(...found);
		} else files.push(path);
	}
	const unique = [...new Set(files)];

	const { plans: context, listProblems, regionsById, listedRegionIds } = options.context ?? readCheckContext(root);
	// A region's first plan is the time to pin its id in regions.yaml (content/README.md).
	const unlistedRegionNote = (file: string, regionId: unknown) => {
		const region = typeof regionId === 'string' ? regionsById.get(regionId) : undefined;
		if (!region || listedRegionIds.has(region.id)) return;
		const [id, code] = regionEntryLines(region);
		notes.push(`${file}：${regionFullName(region, regionsById)}（${region.id}）还没有写进 content/regions.yaml。如果这是它的第一份文件，请在 regions.yaml 末尾加上“${id}”和“${code.trim()}”两行（code 前空两格），固定它的 id（见 content/README.md 的“regions.yaml 里写什么”）`);
	};
	const givenLists = new Set<ListFile>();
	let planCount = 0;
	for (const path of unique) {
		const file = display(path);
		const listName = LIST_FILES.find((name) => path === join(root, name));
		if (listName) {
			givenLists.add(listName);
			problems.push(...(listProblems.get(listName) ?? []));
			continue;
		}
		if (!/\.mdx?$/.test(path)) {
			problems.push({ file, line: 1, message: '内容检查不检查这种文件', fix: '给出 .md 或 .mdx 文件（或它们所在的目录），或 content/ 下的 regions.yaml、topics.yaml、indicators.yaml' });
			continue;
		}
		if (isInside(path, root) && !isInside(path, plansRoot)) {
			notes.push(`跳过 ${file}：不在 content/plans/ 下，不是发布的文件（内容检查只检查 content/plans/ 下的 .md、.mdx 和 content/ 下的三个 YAML 列表）`);
			continue;
		}
		const text = readText(path);
		const { region } = frontMatterFields(text);
		planCount++;
		unlistedRegionNote(file, region);
		if (isInside(path, plansRoot)) {
			problems.push(...checkPlanFile(file, text, context));
			if (exists(twinPath(path))) problems.push(sameUrlProblem(file, display(twinPath(path))));
			continue;
		}
		problems.push(...checkPlanFile(file, text, { ...context, location: 'outside' }));
		// `region: null` belongs in unknown/; without a readable region there is no folder to name.
		const folder = typeof region === 'string' ? region : region === null ? 'unknown' : null;
		const name = basename(path);
		const destination = `content/plans/${folder ?? '<地区id>'}/${name}`;
		const occupied = folder !== null && [name, twinPath(name)].some((taken) => existsSync(join(plansRoot, folder, taken)));
		notes.push(
			`${file} 不在 content/plans/ 下：检查了前置信息、文件名（年份、类型）、正文的编号和标记，没有检查它所在的目录（${basename(dirname(path))}/）是否与 region 一致。` +
				`放进仓库时应为 ${destination}${occupied ? `，那里已经有同名文件：如果是另一份文件，改名加 -2 后缀（${extname(name) === '.mdx' ? name.replace(/\.mdx$/, '-2.mdx') : name.replace(/\.md$/, '-2.md')}）；如果是同一份的新版本，替换它` : ''}，放好后再运行一次 npm run check:content。`,
		);
	}
	for (const name of LIST_FILES) {
		const count = listProblems.get(name)?.length ?? 0;
		if (count > 0 && !givenLists.has(name)) {
			notes.push(`content/${name} 有 ${count} 个问题，文件的地区或主题可能因此被认作未知：运行 npm run check:content（不带文件名）查看`);
		}
	}
	return { problems, planCount, notes };
}
