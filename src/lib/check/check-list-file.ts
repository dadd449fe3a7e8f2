import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { describeSchemaIssue } from './describe-issue.ts';
import type { ContentProblem } from './problem.ts';
import { describeYamlError } from './yaml-error.ts';

/**
 * Checks a YAML list file such as content/regions.yaml: YAML syntax, each entry against its
 * schema, unique ids, that `parent` names an entry of the same file, and that a field naming an
 * entry of another file (an indicator's `topic`) names one that exists.
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
	const problems: ContentProblem[] = [];
	const ids = new Set<string>();
	const report = (line: number, message: string, fix: string) => problems.push({ file, line, message, fix });
	let raw: unknown;
	try {
		raw = loadYaml(text);
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		report((mark?.line ?? 0) + 1, `不是有效的 YAML：${describeYamlError((error as { reason?: string }).reason ?? String(error))}`, '检查这一行的缩进、冒号和引号');
		return { problems, ids };
	}
	if (!Array.isArray(raw)) {
		report(1, '文件应是一个列表，每项以“- id: …”开头', '参照文件中已有的条目格式填写');
		return { problems, ids };
	}
	// Top-level list items start at column 0 with “- ”: their lines locate each entry.
	const entryLines = text.split(/\r?\n/).flatMap((line, index) => (line.startsWith('- ') ? [index + 1] : []));
	const parents: { parent: string; line: number }[] = [];
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
		}
		ids.add(parsed.data.id);
		if (parsed.data.parent) parents.push({ parent: parsed.data.parent, line });
		const referenced = reference ? (parsed.data as Record<string, unknown>)[reference.field] : null;
		if (reference && typeof referenced === 'string' && !reference.ids.has(referenced)) {
			report(line, `${reference.field} “${referenced}”在 ${reference.file} 中不存在`, `把 ${reference.field} 改为 ${reference.file} 中已有的 id，或写 null`);
		}
	});
	for (const { parent, line } of parents) {
		if (!ids.has(parent)) report(line, `parent “${parent}”不存在`, '把 parent 改为本文件中已有的 id，或写 null');
	}
	return { problems, ids };
}
