import type { z } from 'astro/zod';

/** Chinese names of the types the schemas expect. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
	string: '文字',
	number: '数字',
	boolean: 'true 或 false',
	array: '列表',
	object: '一组字段',
	date: '日期',
};

/**
 * Turns a schema issue into words for an editor. The schemas carry Chinese messages for rules
 * they define; Zod's own messages (missing field, wrong type) are in English and get rewritten.
 * @param issue the Zod issue
 * @param data the front matter as parsed, to tell a missing field from a wrong one
 * @returns what is wrong and how to fix it
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): { message: string; fix: string } {
	// flags.0.note reads as “flags 第 1 项的 note” to an editor.
	const field =
		issue.path
			.map((key, index) => (typeof key === 'number' ? ` 第 ${key + 1} 项${index < issue.path.length - 1 ? '的 ' : ''}` : `${index > 0 && typeof issue.path[index - 1] !== 'number' ? '.' : ''}${String(key)}`))
			.join('') || '前置信息';
	let value: unknown = data;
	for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) {
		// A field with a list of values (kind, provenance) names them in its schema message.
		const values = issue.code === 'invalid_value' ? issue.message.split('：').slice(1).join('：') : '';
		return { message: `缺少必填字段 ${field}`, fix: values ? `加上 ${field}: …，${values}` : `加上 ${field}: …（字段说明见 content/README.md；原文没有写明的写 null）` };
	}
	if (/[\u4e00-\u9fff]/.test(issue.message)) {
		// Schema messages say “what：how to fix”.
		const [what, ...how] = issue.message.split('：');
		const message = what.startsWith(String(issue.path[0] ?? '')) && issue.path.length > 0 ? what : `${field}：${what}`;
		return { message, fix: how.join('：') || `改正 ${field}` };
	}
	if (issue.code === 'invalid_type') {
		return { message: `${field} 的类型不对：应为${TYPE_NAMES[issue.expected] ?? issue.expected}`, fix: `改正 ${field} 的值；不知道就写 null` };
	}
	if (issue.code === 'unrecognized_keys') {
		return { message: `未知字段 ${issue.keys.join('、')}`, fix: '删除或改正这些字段名（字段表见 content/README.md）' };
	}
	return { message: `${field} 的值无效（${issue.message}）`, fix: `按 content/README.md 改正 ${field}` };
}

/**
 * @param issue a Zod issue
 * @returns the key path the issue is about; for unknown keys, the first unknown key
 */
export function issueKeyPath(issue: z.core.$ZodIssue): PropertyKey[] {
	return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
}
