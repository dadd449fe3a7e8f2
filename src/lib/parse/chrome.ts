/**
 * Page chrome: text that the web page put around a document (welcome lines, read counters, font
 * buttons, bylines, image placeholders, table pipes). It is dropped from the body and listed in
 * the import report with its line number.
 */

/**
 * Whole-line chrome patterns. Order matters only for the reason shown: the first match names it.
 * Every pattern is anchored or length-guarded, so that a body sentence that merely mentions 作者 or
 * 推荐 is never taken for chrome.
 */
const CHROME_LINES: ReadonlyArray<{ pattern: RegExp; reason: string; maxLength: number }> = [
	{ pattern: /^[|\s]*$/, reason: '表格分隔线', maxLength: Infinity },
	{ pattern: /欢迎您[!！。.]?$/, reason: '网站欢迎语', maxLength: 40 },
	{
		pattern: /^(?:当前位置|您的位置|您现在的位置|所在位置)[:：]/,
		reason: '页面导航',
		maxLength: 120,
	},
	{
		pattern: /^(?:发布)?(?:时间|日期)[:：].{0,40}(?:作者|编辑|来源)[:：]/,
		reason: '网页署名行（时间、作者）',
		maxLength: 80,
	},
	{ pattern: /^(?:作者|编辑|责任编辑|来源)[:：]\S{0,20}$/, reason: '网页署名行', maxLength: 30 },
	{
		pattern: /^(?:阅读次数|浏览次数|点击次数|访问次数|阅读量|浏览量)[:：]?\s*\d*$/,
		reason: '阅读次数',
		maxLength: 30,
	},
	{ pattern: /^字体[:：]/, reason: '字号按钮', maxLength: 30 },
	{
		pattern:
			/^[【[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|分享到|扫一扫|收藏|大|中|小)[】\]]?(?:\s+[【[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|分享到|扫一扫|收藏|大|中|小)[】\]]?)*$/,
		reason: '页面按钮',
		maxLength: 40,
	},
	{
		pattern: /小编|供大家参考|相关范文推荐|范文推荐|猜你喜欢|相关推荐|更多相关/,
		reason: '网站导语或推荐链接',
		maxLength: 300,
	},
];

/**
 * Tells whether a whole line is page chrome.
 * @param text a trimmed line
 * @returns the reason in Chinese, or null when the line is (or may be) document text
 */
export function detectChromeLine(text: string): string | null {
	for (const { pattern, reason, maxLength } of CHROME_LINES) {
		if (text.length <= maxLength && pattern.test(text)) return reason;
	}
	return null;
}

const IMAGE_PLACEHOLDER = /!\[[^\]]*\]\([^)]*\)/g;

/**
 * Removes table pipes and image placeholders that a copied web table leaves in a line, keeping
 * the cell texts in order, separated by one space.
 * @param text a trimmed line
 * @returns the cleaned text and the fragments removed (empty when nothing was removed)
 */
export function stripCellMarkup(text: string): { text: string; removed: string[] } {
	const removed: string[] = [...text.matchAll(IMAGE_PLACEHOLDER)].map((match) => match[0]);
	let cleaned = text.replace(IMAGE_PLACEHOLDER, '');
	// Only pipes that frame table cells (at a line's ends, or spaced between cells): A|B in a
	// sentence is text.
	if (/^\s*\||\|\s*$|\s\|\s/.test(cleaned)) {
		removed.push('|');
		cleaned = cleaned
			.split('|')
			.map((cell) => cell.trim())
			.filter((cell) => cell !== '')
			.join(' ');
	}
	return { text: cleaned.trim(), removed };
}
