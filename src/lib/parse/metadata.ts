/** Disclosure metadata fields the importer fills from labelled lines. */
export type MetadataField =
	| 'index_no'
	| 'doc_no'
	| 'disclosure'
	| 'subject_class'
	| 'published'
	| 'signed'
	| 'agency'
	/** 名称, 标题: the document's name as the disclosure table gives it. */
	| 'title'
	/** 来源, 信息来源: where the page says the text comes from (an agency, a newspaper, 作者原创 …). */
	| 'source'
	/** 时间, 日期, 发表时间: the web page's own date, which is not the document's publication date. */
	| 'byline'
	| 'ignored'
	| 'chrome';

/** One label of a disclosure table or byline. */
interface Label {
	label: string;
	field: MetadataField;
	/**
	 * A label that also starts ordinary bylines of template sites (时间, 日期): it is read only
	 * after another label, so that a line starting with it stays page chrome.
	 */
	secondary?: boolean;
}

/**
 * Labels of government disclosure tables and page bylines, mapped to front matter fields. Longer
 * labels come first because the alternation is tried left to right (信息公开形式 before 公开形式,
 * 发布日期 before 发布, 文件有效性 before 有效性).
 */
const LABELS: readonly Label[] = [
	{ label: '信息公开形式', field: 'disclosure' },
	{ label: '公开方式', field: 'disclosure' },
	{ label: '公开形式', field: 'disclosure' },
	{ label: '公开属性', field: 'disclosure' },
	{ label: '索引号', field: 'index_no' },
	{ label: '发布文号', field: 'doc_no' },
	{ label: '发文字号', field: 'doc_no' },
	{ label: '发文文号', field: 'doc_no' },
	{ label: '文件编号', field: 'doc_no' },
	{ label: '发文号', field: 'doc_no' },
	{ label: '文号', field: 'doc_no' },
	{ label: '主题分类', field: 'subject_class' },
	{ label: '发布日期', field: 'published' },
	{ label: '发布时间', field: 'published' },
	{ label: '公开日期', field: 'published' },
	{ label: '公开时间', field: 'published' },
	{ label: '印发日期', field: 'published' },
	{ label: '成文日期', field: 'signed' },
	{ label: '发布机构', field: 'agency' },
	{ label: '发布单位', field: 'agency' },
	{ label: '发文机关', field: 'agency' },
	{ label: '发文单位', field: 'agency' },
	{ label: '文件名称', field: 'title' },
	{ label: '信息名称', field: 'title' },
	{ label: '名称', field: 'title' },
	{ label: '标题', field: 'title' },
	{ label: '信息来源', field: 'source' },
	{ label: '文章来源', field: 'source' },
	{ label: '来源', field: 'source' },
	{ label: '发布', field: 'source' },
	{ label: '发表时间', field: 'byline' },
	{ label: '时间', field: 'byline', secondary: true },
	{ label: '日期', field: 'byline', secondary: true },
	{ label: '体裁分类', field: 'ignored' },
	{ label: '组配分类', field: 'ignored' },
	{ label: '服务对象', field: 'ignored' },
	{ label: '文件有效性', field: 'ignored' },
	{ label: '有效性', field: 'ignored' },
	{ label: '效力状态', field: 'ignored' },
	{ label: '信息类别', field: 'ignored' },
	{ label: '主题词', field: 'ignored' },
	{ label: '关键词', field: 'ignored' },
	{ label: '废止日期', field: 'ignored' },
	{ label: '生成日期', field: 'ignored' },
	{ label: '政策解读', field: 'ignored' },
	{ label: '阅读次数', field: 'chrome' },
	{ label: '浏览次数', field: 'chrome' },
	{ label: '点击次数', field: 'chrome' },
	{ label: '访问次数', field: 'chrome' },
	{ label: '浏览量', field: 'chrome' },
	{ label: '访问量', field: 'chrome' },
	{ label: '阅读量', field: 'chrome' },
	{ label: '查看人数', field: 'chrome' },
	{ label: '文字大小', field: 'chrome' },
	{ label: '背景色', field: 'chrome' },
	{ label: '字体', field: 'chrome' },
	{ label: '字号', field: 'chrome' },
	{ label: '责任编辑', field: 'chrome' },
	{ label: '编辑', field: 'chrome' },
	{ label: '添加者', field: 'chrome' },
	{ label: '作者', field: 'chrome' },
];

/** A label as pages write it: its characters may be spaced out to align a table (索 引 号). */
const spaced = (label: string) => [...label].join(' *');
const ALTERNATION = LABELS.map(({ label }) => spaced(label)).join('|');
/** Labels followed by a colon: `索引号: …`. */
const LABEL_PATTERN = new RegExp(`(${ALTERNATION})\\s*[:：]`, 'g');
/** Labels standing in columns without colons: `索引号 000014349/2020-3761045 成文日期 …`. */
const COLUMN_PATTERN = new RegExp(`(?<=^| )(${ALTERNATION})(?= |$)`, 'g');
const LABEL_OF = new Map(LABELS.map((entry) => [entry.label, entry]));

/** A page date before the first label: `2023-03-22 来源:安岳县卫生健康局`. */
const LEADING_DATE =
	/^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)?) +(?=\S)/;
/** Page buttons that trail a byline's last value: `来源:安岳县卫生健康局 关闭 打印`. */
const TRAILING_BUTTONS = /(?: +(?:关闭|打印|关闭窗口|打印本页|收藏|分享|【[^】]*】))+$/;

/** The values of one metadata line. */
export interface MetadataLine {
	/** Non-empty values by field, as written (first value wins when a field repeats). */
	fields: Partial<Record<MetadataField, string>>;
	/** The labels found, in order, for the report. */
	labels: string[];
	/**
	 * The field of a last label left without a value (`标 题:` whose value is the next line), or
	 * null.
	 */
	openField: MetadataField | null;
}

/** Strips table pipes, bullets, font-button brackets and wrapping parentheses from a value. */
function cleanValue(value: string): string {
	return value
		.replace(/[|[\]•·●]/g, ' ')
		.replace(TRAILING_BUTTONS, '')
		.replace(/^[\s（(]+|[\s）)]+$/g, '')
		.trim();
}

/** The canonical label of a match (索 引 号 → 索引号). */
function labelOf(matched: string): Label {
	return LABEL_OF.get(matched.replace(/ /g, '')) ?? { label: matched, field: 'ignored' };
}

/** Collects the values between label matches. */
function collect(text: string, matches: readonly RegExpMatchArray[]): MetadataLine | null {
	const fields: Partial<Record<MetadataField, string>> = {};
	let openField: MetadataField | null = null;
	for (const [position, match] of matches.entries()) {
		const end = position + 1 < matches.length ? (matches[position + 1].index ?? 0) : text.length;
		const { field } = labelOf(match[1]);
		const value = cleanValue(text.slice((match.index ?? 0) + match[0].length, end));
		// A long value is a sentence, e.g. 来源: followed by body text; refuse the whole line.
		if (value.length > (field === 'title' ? 120 : 60)) return null;
		if (value !== '' && fields[field] === undefined) fields[field] = value;
		openField = value === '' ? field : null;
	}
	return { fields, labels: matches.map((match) => labelOf(match[1]).label), openField };
}

/**
 * Reads a labelled disclosure line such as `发布时间:2019-04-12  发布机构:  字体:[ ]`, the cells of
 * a copied table `索引号: | 002590542/2025-01145 | 公开方式: | 主动公开 |`, a row of spaced labels
 * `索 引 号: 002482365/2023-00095 公开日期: 2023-04-22` or a byline
 * `2023-03-22 来源:安岳县卫生健康局 关闭 打印`.
 * @param text a trimmed line
 * @returns the values, or null when the line is not made of labels and values only
 */
export function parseMetadataLine(text: string): MetadataLine | null {
	if (text.length > 240) return null;
	const matches = [...text.matchAll(LABEL_PATTERN)];
	if (matches.length === 0) return null;
	const first = matches[0].index ?? 0;
	const leadingDate = LEADING_DATE.exec(text);
	const dated = leadingDate !== null && leadingDate[0].length <= first;
	const before = text.slice(dated ? leadingDate[0].length : 0, first);
	// Text before the first label means a sentence that mentions a label, not a metadata line.
	if (cleanValue(before) !== '') return null;
	// 时间:/日期: alone start the bylines of template sites, which stay page chrome.
	if (labelOf(matches[0][1]).secondary) return null;
	const line = collect(text, matches);
	if (line && dated) line.fields.byline ??= leadingDate[1];
	return line;
}

/**
 * Reads a row of a disclosure table copied without colons, where labels and values stand in
 * columns: `索引号 000014349/2020-3761045 成文日期 2020-10-15`, `文号 发布时间 2020-10-15` (an
 * empty 文号), `名称 市人民政府办公室关于印发…的通知`. A line that starts with a label word is
 * only taken for such a row when it has two labels, or follows another metadata line.
 * @param text a trimmed line
 * @param afterMetadata whether the previous non-blank line was a metadata line
 * @returns the values, or null when the line is not such a row
 */
export function parseLabelColumns(text: string, afterMetadata: boolean): MetadataLine | null {
	if (text.length > 240) return null;
	const matches = [...text.matchAll(COLUMN_PATTERN)].filter(
		(match) => !labelOf(match[1]).secondary,
	);
	if (matches.length === 0 || matches[0].index !== 0) return null;
	if (matches.length < 2 && !afterMetadata) return null;
	return collect(text, matches);
}
