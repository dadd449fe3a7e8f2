import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { describeSchemaIssue } from './describe-issue.ts';
import type { ContentProblem } from './problem.ts';
import { describeYamlError } from './yaml-error.ts';

/** One valid entry of a YAML list file, with the line it starts on. */
export interface ListEntry<T> {
	data: T;
	line: number;
}

/**
 * Reads a YAML list file such as content/regions.yaml: YAML syntax, that it is a list, each entry
 * against its schema, and unique ids. The list files' own checks build on what it returns.
 * @param file path of the file relative to the repository
 * @param text the file's text
 * @param schema the schema of one entry
 * @param options allowEmpty: an empty file (or one of comments only) is an empty list, not an error
 * @returns the problems, and the valid entries with their lines (a repeated id is reported and
 *   left out)
 */
export function readListEntries<T extends { id: string }>(
	file: string,
	text: string,
	schema: z.ZodType<T>,
	{ allowEmpty = false } = {},
): { problems: ContentProblem[]; entries: ListEntry<T>[] } {
	const problems: ContentProblem[] = [];
	const entries: ListEntry<T>[] = [];
	const report = (line: number, message: string, fix: string) => problems.push({ file, line, message, fix });
	let raw: unknown;
	try {
		raw = loadYaml(text);
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		report((mark?.line ?? 0) + 1, `不是有效的 YAML：${describeYamlError((error as { reason?: string }).reason ?? String(error))}`, '检查这一行的缩进、冒号和引号');
		return { problems, entries };
	}
	if (allowEmpty && (raw === null || raw === undefined)) return { problems, entries };
	if (!Array.isArray(raw)) {
		report(1, '文件应是一个列表，每项以“- id: …”开头', '参照文件中已有的条目格式填写');
		return { problems, entries };
	}
	// Top-level list items start at column 0 with “- ”: their lines locate each entry.
	const entryLines = text.split(/\r?\n/).flatMap((line, index) => (line.startsWith('- ') ? [index + 1] : []));
	const ids = new Set<string>();
	raw.forEach((entry, index) => {
		const line = entryLines[index] ?? 1;
		const parsed = schema.safeParse(entry);
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
		entries.push({ data: parsed.data, line });
	});
	return { problems, entries };
}

/**
 * Checks a YAML list file such as content/topics.yaml: what readListEntries checks, then that
 * `parent` names an entry of the same file, and that a field naming an entry of another file (an
 * indicator's `topic`) names one that exists.
 * @param file path of the file relative to the repository
 * @param text the file's text
 * @param schema the schema of one entry
 * @param reference a field whose value must be one of `ids` (or null), and the other file's name
 * @returns the problems and the ids of the valid entries
 */
export function checkListFile(
	file: string,
	text: string,
	schema: z.ZodType<{ id: string; parent?: string | null }>,
	reference?: { field: string; ids: ReadonlySet<string>; file: string },
): { problems: ContentProblem[]; ids: Set<string> } {
	const { problems, entries } = readListEntries(file, text, schema);
	const ids = new Set(entries.map((entry) => entry.data.id));
	for (const { data, line } of entries) {
		const referenced = reference ? (data as Record<string, unknown>)[reference.field] : null;
		if (reference && typeof referenced === 'string' && !reference.ids.has(referenced)) {
			problems.push({ file, line, message: `${reference.field} “${referenced}”在 ${reference.file} 中不存在`, fix: `把 ${reference.field} 改为 ${reference.file} 中已有的 id，或写 null` });
		}
		if (data.parent && !ids.has(data.parent)) {
			problems.push({ file, line, message: `parent “${data.parent}”不存在`, fix: '把 parent 改为本文件中已有的 id，或写 null' });
		}
	}
	return { problems, ids };
}
