import { load as loadYaml } from 'js-yaml';
import { describeSchemaIssue } from '../check/describe-issue.ts';
import type { ContentProblem } from '../check/problem.ts';
import { describeYamlError } from '../check/yaml-error.ts';
import { RegionSchema } from '../../schemas/region.ts';
import { mergeRegions, type RegionOverride } from './merge-regions.ts';
import type { NationalRegion, Region } from './types.ts';

/**
 * Checks content/regions.yaml against its schema and the national list: YAML syntax, each entry,
 * unique ids, that an id is not another division's generated id, that a code is in the list or the
 * entry names the region itself, and that each parent is a region of the list or of the file.
 * @param file path of the file relative to the repository
 * @param text the file's text
 * @param national the national list
 * @returns the problems, and every region (the national list merged with the valid entries)
 */
export function checkRegionsFile(file: string, text: string, national: readonly NationalRegion[]): { problems: ContentProblem[]; regions: Region[] } {
	const problems: ContentProblem[] = [];
	const report = (line: number, message: string, fix: string) => problems.push({ file, line, message, fix });
	let raw: unknown;
	try {
		raw = loadYaml(text);
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		report((mark?.line ?? 0) + 1, `不是有效的 YAML：${describeYamlError((error as { reason?: string }).reason ?? String(error))}`, '检查这一行的缩进、冒号和引号');
		return { problems, regions: mergeRegions(national, []).regions };
	}
	// An empty file (or one with only comments) pins nothing: every region comes from the national list.
	if (raw !== null && raw !== undefined && !Array.isArray(raw)) {
		report(1, '文件应是一个列表，每项以“- id: …”开头', '参照文件中已有的条目格式填写');
		return { problems, regions: mergeRegions(national, []).regions };
	}
	// Top-level list items start at column 0 with “- ”: their lines locate each entry.
	const entryLines = text.split(/\r?\n/).flatMap((line, index) => (line.startsWith('- ') ? [index + 1] : []));
	const entries: { override: RegionOverride; line: number }[] = [];
	const ids = new Set<string>();
	((raw ?? []) as unknown[]).forEach((entry, index) => {
		const line = entryLines[index] ?? 1;
		const parsed = RegionSchema.safeParse(entry);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const { message, fix } = describeSchemaIssue(issue, (entry ?? {}) as Record<string, unknown>);
				report(line, `第 ${index + 1} 项：${message}`, fix);
			}
			return;
		}
		if (ids.has(parsed.data.id)) {
			report(line, `id “${parsed.data.id}”重复`, '每个 id 只能出现一次：删除重复的一项或改用别的 id');
			return;
		}
		ids.add(parsed.data.id);
		entries.push({ override: parsed.data, line });
	});
	const { regions, problems: conflicts } = mergeRegions(
		national,
		entries.map((entry) => entry.override),
	);
	for (const conflict of conflicts) report(entries[conflict.index].line, conflict.message, conflict.fix);
	const known = new Set(regions.map((region) => region.id));
	for (const { override, line } of entries) {
		if (override.parent && !known.has(override.parent)) {
			report(line, `parent “${override.parent}”不存在`, '把 parent 改为本文件或全国行政区划表中已有的地区 id，或写 null');
		}
	}
	return { problems: problems.sort((a, b) => a.line - b.line), regions };
}
