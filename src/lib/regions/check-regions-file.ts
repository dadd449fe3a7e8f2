import { readListEntries } from '../check/check-list-file.ts';
import type { ContentProblem } from '../check/problem.ts';
import { RegionSchema } from '../../schemas/region.ts';
import { mergeRegions } from './merge-regions.ts';
import type { NationalRegion, Region } from './types.ts';

/**
 * Checks content/regions.yaml against its schema and the national list: YAML syntax, each entry,
 * unique ids, that an id is not another division's generated id, that a code is in the list or the
 * entry names the region itself, and that each parent is a region of the list or of the file.
 * @param file path of the file relative to the repository
 * @param text the file's text
 * @param national the national list
 * @returns the problems, every region (the national list merged with the valid entries), and the
 *   ids the file lists (its valid entries'): a region's first plan is the time to list it
 */
export function checkRegionsFile(file: string, text: string, national: readonly NationalRegion[]): { problems: ContentProblem[]; regions: Region[]; listed: Set<string> } {
	// An empty file (or one with only comments) pins nothing: every region comes from the national list.
	const { problems, entries } = readListEntries(file, text, RegionSchema, { allowEmpty: true });
	const { regions, problems: conflicts } = mergeRegions(
		national,
		entries.map((entry) => entry.data),
	);
	for (const conflict of conflicts) problems.push({ file, line: entries[conflict.index].line, message: conflict.message, fix: conflict.fix });
	const known = new Set(regions.map((region) => region.id));
	for (const { data, line } of entries) {
		if (data.parent && !known.has(data.parent)) {
			problems.push({ file, line, message: `parent “${data.parent}”不存在`, fix: '把 parent 改为本文件或全国行政区划表中已有的地区 id，或写 null' });
		}
	}
	return { problems: problems.sort((a, b) => a.line - b.line), regions, listed: new Set(entries.map((entry) => entry.data.id)) };
}
