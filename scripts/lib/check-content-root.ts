import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkListFile } from '../../src/lib/check/check-list-file.ts';
import { checkPlanFile } from '../../src/lib/check/check-plan.ts';
import type { ContentProblem } from '../../src/lib/check/problem.ts';
import { listMdxComponents } from '../../src/mdx-components.ts';
import { checkRegionsFile } from '../../src/lib/regions/check-regions-file.ts';
import { mergeRegions } from '../../src/lib/regions/merge-regions.ts';
import { readNationalList } from '../../src/lib/regions/national-list.ts';
import { IndicatorFamilySchema } from '../../src/schemas/indicator.ts';
import { TopicSchema } from '../../src/schemas/topic.ts';

function listPlanFiles(directory: string): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * Checks regions.yaml against the national list and returns every region id a plan may use: the
 * national list's (with the ids regions.yaml pins) and those regions.yaml adds.
 */
function readRegionIds(root: string, display: (path: string) => string, problems: ContentProblem[]): Set<string> {
	const path = join(root, 'regions.yaml');
	if (!existsSync(path)) {
		problems.push({ file: display(path), line: 1, message: '缺少 regions.yaml', fix: '在 content/ 下创建 regions.yaml（格式见 content/README.md）' });
		return new Set(mergeRegions(readNationalList(), []).regions.map((region) => region.id));
	}
	const result = checkRegionsFile(display(path), readFileSync(path, 'utf8'), readNationalList());
	problems.push(...result.problems);
	return new Set(result.regions.map((region) => region.id));
}

/**
 * Checks every file of a content root: regions.yaml, topics.yaml and each plan, plus plans that
 * would share a URL. Paths in the problems are shown as the repository has them (content/…),
 * whatever the root is, so tests and CONTENT_DIR builds say the same as a pull request.
 * @param root the content root (a folder with plans/, regions.yaml, topics.yaml)
 * @returns the problems in file order and how many plan files were checked
 */
export function checkContentRoot(root: string): { problems: ContentProblem[]; planCount: number } {
	const display = (path: string) => ['content', ...relative(root, path).split(sep)].join('/');
	const problems: ContentProblem[] = [];
	const readList = (name: string, schema: typeof TopicSchema | typeof IndicatorFamilySchema, options: { optional?: boolean; reference?: Parameters<typeof checkListFile>[3] } = {}) => {
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
	const regionIds = readRegionIds(root, display, problems);
	const topicIds = readList('topics.yaml', TopicSchema);
	// Optional, like synonyms.yaml: a content root without it has no indicator families.
	readList('indicators.yaml', IndicatorFamilySchema, { optional: true, reference: { field: 'topic', ids: topicIds, file: 'content/topics.yaml' } });
	const allowedComponents = listMdxComponents();
	const files = listPlanFiles(join(root, 'plans'));
	const seenIds = new Map<string, string>();
	for (const path of files) {
		const file = display(path);
		problems.push(...checkPlanFile(file, readFileSync(path, 'utf8'), { regionIds, allowedComponents, topicIds }));
		const id = file.replace(/^content\/plans\//, '').replace(/\.mdx?$/, '');
		const earlier = seenIds.get(id);
		if (earlier) problems.push({ file, line: 1, message: `与 ${earlier} 的网址相同（${id}）`, fix: '同一文件只保留 .md 或 .mdx 之一，或给其中一个改名' });
		seenIds.set(id, file);
	}
	return { problems, planCount: files.length };
}
