/**
 * `npm run check:content`: checks every content file and tells editors, in Chinese, which file
 * and line is wrong and how to fix it. Exits 1 when anything is wrong. In GitHub Actions the same
 * problems become annotations on the pull request.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_ROOT } from '../src/content-root.ts';
import { checkListFile } from '../src/lib/check/check-list-file.ts';
import { checkPlanFile } from '../src/lib/check/check-plan.ts';
import { formatGithubAnnotation, formatProblem, type ContentProblem } from '../src/lib/check/problem.ts';
import { RegionSchema } from '../src/schemas/region.ts';
import { TopicSchema } from '../src/schemas/topic.ts';

/** Paths are shown as the repository has them (content/…), whatever CONTENT_DIR is. */
const display = (path: string) => join('content', relative(CONTENT_ROOT, path));

function listPlanFiles(directory: string): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function checkAll(): { problems: ContentProblem[]; planCount: number } {
	const problems: ContentProblem[] = [];
	const readList = (name: string, schema: typeof RegionSchema | typeof TopicSchema) => {
		const path = join(CONTENT_ROOT, name);
		if (!existsSync(path)) {
			problems.push({ file: display(path), line: 1, message: `缺少 ${name}`, fix: `在 content/ 下创建 ${name}（格式见 content/README.md）` });
			return new Set<string>();
		}
		const result = checkListFile(display(path), readFileSync(path, 'utf8'), schema);
		problems.push(...result.problems);
		return result.ids;
	};
	const regionIds = readList('regions.yaml', RegionSchema);
	readList('topics.yaml', TopicSchema);
	const files = listPlanFiles(join(CONTENT_ROOT, 'plans'));
	const seenIds = new Map<string, string>();
	for (const path of files) {
		const file = display(path);
		problems.push(...checkPlanFile(file, readFileSync(path, 'utf8'), { regionIds }));
		const id = file.replace(/^content\/plans\//, '').replace(/\.mdx?$/, '');
		const earlier = seenIds.get(id);
		if (earlier) problems.push({ file, line: 1, message: `与 ${earlier} 的网址相同（${id}）`, fix: '同一文件只保留 .md 或 .mdx 之一，或给其中一个改名' });
		seenIds.set(id, file);
	}
	return { problems, planCount: files.length };
}

const { problems, planCount } = checkAll();
for (const problem of problems) {
	console.error(`✖ ${formatProblem(problem)}`);
	if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGithubAnnotation(problem));
}
if (problems.length > 0) {
	console.error(`\n内容检查发现 ${problems.length} 个问题（共检查 ${planCount} 份文件）。请按箭头后的说明修改后重新运行 npm run check:content。`);
	process.exit(1);
}
console.log(`内容检查通过：${planCount} 份文件，没有发现问题。`);
