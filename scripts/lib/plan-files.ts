import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load } from 'js-yaml';
import type { ExistingPlanFile, RegionEntry } from '../../src/lib/parse/types.ts';

/**
 * Reads the region list (content/regions.yaml).
 * @param path the YAML file
 * @returns the regions, or an empty list with a warning when the file is missing or unreadable
 */
export function readRegions(path: string): { regions: RegionEntry[]; warning: string | null } {
	if (!existsSync(path)) return { regions: [], warning: `找不到地区表 ${path}，地区将全部留空` };
	try {
		const data = load(readFileSync(path, 'utf8'));
		if (!Array.isArray(data))
			return { regions: [], warning: `地区表 ${path} 不是列表，地区将全部留空` };
		return { regions: data as RegionEntry[], warning: null };
	} catch (error) {
		return { regions: [], warning: `地区表 ${path} 无法读取（${String(error)}），地区将全部留空` };
	}
}

/** Reads `source.file` and `source.part` from a plan file's front matter, if it has them. */
function readProvenance(file: string): { sourceFile: string | null; sourcePart: number | null } {
	const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
	try {
		const data = match
			? (load(match[1]) as { source?: { file?: unknown; part?: unknown } } | null)
			: null;
		const source = data?.source;
		return {
			sourceFile: typeof source?.file === 'string' ? source.file : null,
			sourcePart: typeof source?.part === 'number' ? source.part : null,
		};
	} catch {
		return { sourceFile: null, sourcePart: null };
	}
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
