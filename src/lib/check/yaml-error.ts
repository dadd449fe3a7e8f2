/**
 * js-yaml's reasons for the mistakes editors make most, in Chinese. Matched by prefix, because
 * js-yaml sometimes appends detail; the original reason is kept in brackets for the rest.
 */
const YAML_REASONS = [
	['unexpected end of the stream within a double quoted scalar', '双引号没有配对'],
	['unexpected end of the stream within a single quoted scalar', '单引号没有配对'],
	['bad indentation of a mapping entry', '缩进不对，或值里有未加引号的冒号'],
	['bad indentation of a sequence entry', '列表项（- 开头的行）的缩进不对'],
	['duplicated mapping key', '同一个字段写了两次'],
	['end of the stream or a document separator is expected', '这一行的格式无法识别'],
	['can not read a block mapping entry; a multiline key may not be an implicit key', '上一行的值没有写完，或缺少冒号'],
	['incomplete explicit mapping pair', '冒号的用法有误'],
] as const;

/**
 * @param reason js-yaml's `reason` of a YAMLException
 * @returns what is wrong, in Chinese when the reason is a common one
 */
export function describeYamlError(reason: string): string {
	const known = YAML_REASONS.find(([english]) => reason.startsWith(english));
	return known ? `${known[1]}（${reason}）` : reason;
}
