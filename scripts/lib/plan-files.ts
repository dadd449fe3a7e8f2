import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { frontMatterFields } from '../../src/lib/check/front-matter.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { checkRegionsFile } from '../../src/lib/regions/check-regions-file.ts';
import { mergeRegions } from '../../src/lib/regions/merge-regions.ts';
import { readNationalList } from '../../src/lib/regions/national-list.ts';
import type { Region } from '../../src/lib/regions/types.ts';
import type { ExistingPlanFile } from '../../src/lib/parse/types.ts';

/**
 * Reads the regions the importer and `npm run new` match against: the national list (every
 * province, city and county) merged with content/regions.yaml (ids and overrides).
 * @param path the YAML file
 * @returns the regions, the ids regions.yaml lists, and a warning when the file is missing or has
 *   entries that could not be used
 */
export function readRegions(path: string): { regions: Region[]; listed: Set<string>; warning: string | null } {
	const national = readNationalList();
	if (!existsSync(path)) return { regions: mergeRegions(national, []).regions, listed: new Set(), warning: `找不到地区表 ${path}，只用全国行政区划表（地区 id 按 content/README.md 的规则生成）` };
	const { problems, regions, listed } = checkRegionsFile(path, readFileSync(path, 'utf8'), national);
	if (problems.length === 0) return { regions, listed, warning: null };
	return { regions, listed, warning: `地区表 ${path} 有问题，这些条目未采用（运行 npm run check:content 查看）：\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}` };
}

/** Reads `source.file` and `source.part` from a plan file's front matter, if it has them. */
function readProvenance(file: string): { sourceFile: string | null; sourcePart: number | null } {
	const source = frontMatterFields(readFileSync(file, 'utf8')).source as { file?: unknown; part?: unknown } | null | undefined;
	return {
		sourceFile: typeof source?.file === 'string' ? source.file : null,
		sourcePart: typeof source?.part === 'number' ? source.part : null,
	};
}

/**
 * Lists the plan files already in an output directory, with their provenance.
 * @param dir the output directory
 * @returns the files, with paths relative to the directory
 */
export function listExistingPlans(dir: string): ExistingPlanFile[] {
	if (!existsSync(dir)) return [];
	const files: ExistingPlanFile[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const path = join(current, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.mdx?$/.test(entry.name)) {
				files.push({ path: relative(dir, path).split(sep).join('/'), ...readProvenance(path) });
			}
		}
	};
	walk(dir);
	return files;
}
