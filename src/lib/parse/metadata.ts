/** Disclosure metadata fields the importer fills from labelled lines. */
export type MetadataField =
	| 'index_no'
	| 'doc_no'
	| 'disclosure'
	| 'subject_class'
	| 'published'
	| 'signed'
	| 'agency'
	| 'ignored'
	| 'chrome';

/**
 * Labels of government disclosure tables, mapped to front matter fields. Longer labels come first
 * because the alternation is tried left to right (信息公开形式 before 公开形式).
 */
const LABELS: ReadonlyArray<readonly [string, MetadataField]> = [
	['信息公开形式', 'disclosure'],
	['公开方式', 'disclosure'],
	['公开形式', 'disclosure'],
	['公开属性', 'disclosure'],
	['索引号', 'index_no'],
	['发文字号', 'doc_no'],
	['发文文号', 'doc_no'],
	['文件编号', 'doc_no'],
	['文号', 'doc_no'],
	['主题分类', 'subject_class'],
	['发布日期', 'published'],
	['发布时间', 'published'],
	['公开日期', 'published'],
	['公开时间', 'published'],
	['印发日期', 'published'],
	['成文日期', 'signed'],
	['发布机构', 'agency'],
	['发布单位', 'agency'],
	['发文机关', 'agency'],
	['发文单位', 'agency'],
	['体裁分类', 'ignored'],
	['组配分类', 'ignored'],
	['服务对象', 'ignored'],
	['有效性', 'ignored'],
	['效力状态', 'ignored'],
	['信息类别', 'ignored'],
	['主题词', 'ignored'],
	['关键词', 'ignored'],
	['阅读次数', 'chrome'],
	['浏览次数', 'chrome'],
	['点击次数', 'chrome'],
	['访问次数', 'chrome'],
	['字体', 'chrome'],
];

const LABEL_PATTERN = new RegExp(`(${LABELS.map(([label]) => label).join('|')})\\s*[:：]`, 'g');
const FIELD_OF = new Map<string, MetadataField>(LABELS);

/** The values of one metadata line. */
export interface MetadataLine {
	/** Non-empty values by field, as written (first value wins when a field repeats). */
	fields: Partial<Record<MetadataField, string>>;
	/** The labels found, in order, for the report. */
	labels: string[];
}

/** Strips table pipes, font-button brackets and wrapping parentheses from a value. */
function cleanValue(value: string): string {
	return value
		.replace(/[|[\]]/g, ' ')
		.replace(/^[\s（(]+|[\s）)]+$/g, '')
		.trim();
}

/**
 * Reads a labelled disclosure line such as `发布时间:2019-04-12  发布机构:  字体:[ ]` or the
 * cells of a copied table `索引号: | 002590542/2025-01145 | 公开方式: | 主动公开 |`.
 * @param text a trimmed line
 * @returns the values, or null when the line is not made of labels and values only
 */
export function parseMetadataLine(text: string): MetadataLine | null {
	if (text.length > 240) return null;
	const matches = [...text.matchAll(LABEL_PATTERN)];
	if (matches.length === 0) return null;
	// Text before the first label means a sentence that mentions a label, not a metadata line.
	if (cleanValue(text.slice(0, matches[0].index)) !== '') return null;
	const fields: Partial<Record<MetadataField, string>> = {};
	for (const [position, match] of matches.entries()) {
		const end = position + 1 < matches.length ? matches[position + 1].index : text.length;
		const value = cleanValue(text.slice(match.index + match[0].length, end));
		// A long value is a sentence, e.g. 来源: followed by body text; refuse the whole line.
		if (value.length > 60) return null;
		const field = FIELD_OF.get(match[1]) ?? 'ignored';
		if (value !== '' && fields[field] === undefined) fields[field] = value;
	}
	return { fields, labels: matches.map((match) => match[1]) };
}
