import { isBreadcrumb } from './breadcrumb.ts';

/**
 * Page chrome: text that the web page put around a document (welcome lines, read counters, font
 * buttons, bylines, image placeholders, table pipes). It is dropped from the body and listed in
 * the import report with its line number.
 */

/**
 * Words that only template (model-essay) sites print around a text: their editor (小编), their
 * invitation to copy, their other essays. Chrome on a line of their own (below), and to
 * provenance.ts a mark of an unofficial text.
 */
const TEMPLATE_SITE_INTRO = /小编|供大家参考|相关范文推荐|范文推荐/;

/**
 * Words by which a line already taken for chrome or metadata names a template site: its name
 * (管理范文网, 职场范文), the uploader (网友上传, 作者原创), its calls for texts (我要投稿, 以稿换稿).
 * They make no line chrome by themselves (范文 occurs in a title, 示范文明 in a sentence), so they
 * are read only on lines the page put around the text, and on titles.
 */
export const TEMPLATE_SITE_WORDS = /(?<!示)范文|网友上传|作者原创|我要投稿|以稿换稿/;

/**
 * Whole-line chrome patterns. Order matters only for the reason shown: the first match names it.
 * Every pattern is anchored or length-guarded, so that a body sentence that merely mentions 作者 or
 * 推荐 is never taken for chrome. `template` marks the chrome of template and document-sharing
 * sites, which tells that the text is not an agency's publication ({@link templateSiteMark}).
 */
const CHROME_LINES: ReadonlyArray<{
	pattern: RegExp;
	reason: string;
	maxLength: number;
	template?: true;
}> = [
	{ pattern: /^[|\s]*$/, reason: '表格分隔线', maxLength: Infinity },
	{ pattern: /欢迎您[!！。.]?$/, reason: '网站欢迎语', maxLength: 40 },
	{ pattern: /^欢迎(?:光临|访问|来到)/, reason: '网站欢迎语', maxLength: 40 },
	{
		pattern: /^(?:发布)?(?:时间|日期)[:：].{0,40}(?:作者|编辑|来源)[:：]/,
		reason: '网页署名行（时间、作者）',
		maxLength: 80,
	},
	{ pattern: /^(?:作者|编辑|责任编辑|来源)[:：]\S{0,20}$/, reason: '网页署名行', maxLength: 30 },
	{
		// 时间:2023-02-13 11:24 浏览量: — the page's date, alone or with a read counter.
		pattern:
			/^(?:时间|日期)[:：] *\d{4}[-/.年]\S*(?: \d{1,2}:\d{2}(?::\d{2})?)?(?: *(?:浏览量|浏览次数|阅读次数|阅读量|点击量|查看人数|访问量)[:：]? *[\d-]*)?$/,
		reason: '网页署名行（时间）',
		maxLength: 60,
	},
	{
		// 2024-12-16 00:03:52 32 — a date and time with a view count, on a line of its own.
		pattern: /^\d{4}[-/]\d{1,2}[-/]\d{1,2} \d{1,2}:\d{2}(?::\d{2})?(?: \d+)?$/,
		reason: '网页署名行（时间）',
		maxLength: 30,
	},
	{
		pattern: /^【[^】]{1,6}】.*(?:作者|来源)[:：]/,
		reason: '网页署名行（作者、按钮）',
		maxLength: 120,
	},
	{
		pattern: /^(?:阅读次数|浏览次数|点击次数|访问次数|阅读量|浏览量|访问量)[:：]?\s*\d*$/,
		reason: '阅读次数',
		maxLength: 30,
	},
	{ pattern: /^关联稿件[:：]?$/, reason: '页面栏目', maxLength: 10 },
	{ pattern: /^字体[:：]/, reason: '字号按钮', maxLength: 30 },
	{
		pattern:
			/^[【[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|分享到|扫一扫|收藏|大|中|小)[】\]]?(?:\s+[【[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|分享到|扫一扫|收藏|大|中|小)[】\]]?)*$/,
		reason: '页面按钮',
		maxLength: 40,
	},
	{ pattern: TEMPLATE_SITE_INTRO, reason: '网站导语或推荐链接', maxLength: 300, template: true },
	{ pattern: /猜你喜欢|相关推荐|更多相关/, reason: '网站导语或推荐链接', maxLength: 300 },
	{ pattern: /^导语[:：]/, reason: '网站导语或推荐链接', maxLength: 200 },
	{
		pattern: /^(?:内容预览|文章导读|资源描述|在线检阅)[:：]?(?: *搜索)?$/,
		reason: '网站栏目文字',
		maxLength: 12,
	},
	{ pattern: /^标签[:：]/, reason: '网站栏目文字', maxLength: 40 },
	{
		// Document-sharing sites: uploader line, page list, preview and download prompts.
		pattern:
			/(?<=^《.+》)由会员分享|上传人[:：].*文档编号|^下载 +相关 +举报$|_第\d+页$|^第\d+页 *\/ *共\d+页$|^亲[,，]该文档总共|^部分预览阅读已结束|^开通【VIP会员】|^立即赞助VIP|^赞助会员免费下载|^【文章共\d+字|^(?:电脑桌面|添加\S{1,10}到电脑桌面|安装后可以在桌面快捷访问)$/,
		reason: '文库网站的页面文字',
		maxLength: 120,
		template: true,
	},
	{ pattern: /^\S{1,40}\.(?:jpe?g|png|gif)$|^图片$/i, reason: '图片占位符', maxLength: 40 },
	{
		// Health Commission of Henan Province — a site's English name under its Chinese one.
		pattern: /^[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|and|the|for)){1,8}$/,
		reason: '网站英文名称',
		maxLength: 80,
	},
];

/** Words of a site's function bar (无障碍 关怀版 返回主网站 繁体版). */
const SITE_BUTTON =
	/^(?:无障碍(?:浏览)?|关怀版|长辈版|长者模式|适老版(?:-新)?|繁体版|简体版|返回主网站|设为首页|加入收藏|移动端|手机版|蒙古文版|官方微博|官方微信|English|登录|注册|(?:\S{0,12}人民政府)+)$/;
/** Tokens of a document-sharing site's header (2024-01-07 999+ 16.55KB 15 页 海报). */
const SHARE_TOKEN =
	/^(?:\d{4}-\d{2}-\d{2}|\d+\+|\d+(?:\.\d+)?[KM]B|\d+|页|海报|VIP专免|侵权投诉|下载|相关|举报)$/i;

/** A document-sharing site's header: only its tokens, and more than a lone date or number. */
function isShareHeader(tokens: readonly string[], text: string): boolean {
	// A date alone may be a notice's signature date; a date among other header tokens is not.
	const lone = tokens.length === 1 && /^\d{4}-/.test(text);
	return tokens.every((token) => SHARE_TOKEN.test(token)) && /\D/.test(text) && !lone;
}

/** The tokens of a line of site furniture, or none when the line is too long for it. */
function furnitureTokens(text: string): string[] {
	return text.length > 80 ? [] : text.split(/[ |•]+/).filter((token) => token !== '');
}

/**
 * Tells whether a line is made of a site's furniture: its function bar, its top menu
 * (首页 走进安岳 政府信息公开 …) or a document-sharing site's header tokens.
 */
function siteFurniture(text: string): string | null {
	const tokens = furnitureTokens(text);
	if (tokens.length === 0) return null;
	if (tokens.every((token) => SITE_BUTTON.test(token))) return '网站功能按钮';
	if (isShareHeader(tokens, text)) return '文库网站的页面文字';
	if (isTopMenu(tokens)) return '网站导航栏';
	return null;
}

/** A site's top menu: 首页 and at least three more short menu names. */
function isTopMenu(tokens: readonly string[]): boolean {
	return (
		tokens[0] === '首页' &&
		tokens.length >= 4 &&
		tokens.every((token) => token.length <= 8 && !/[，,。；;：:]/.test(token))
	);
}

/**
 * Tells whether a line is a site's navigation: a breadcrumb (首页 > 政务公开 > …) or its top menu
 * (首页 走进安岳 政府信息公开 …).
 * @param text a trimmed line, as stored (table pipes and bullets are ignored)
 * @returns true for navigation
 */
export function isSiteNavigation(text: string): boolean {
	const line = stripBullet(stripCellMarkup(text).text);
	return isBreadcrumb(line) || isTopMenu(furnitureTokens(line));
}

/**
 * Tells whether a whole line is page chrome.
 * @param text a trimmed line
 * @returns the reason in Chinese, or null when the line is (or may be) document text
 */
export function detectChromeLine(text: string): string | null {
	if (isBreadcrumb(text)) return '页面导航';
	for (const { pattern, reason, maxLength } of CHROME_LINES) {
		if (text.length <= maxLength && pattern.test(text)) return reason;
	}
	return siteFurniture(text);
}

/**
 * Tells whether a whole line is chrome that only template and document-sharing sites print: their
 * editor's introduction (小编为大家整理…), their file furniture (《…》由会员分享, VIP专免 …).
 * @param text a trimmed line, as stored (table pipes and bullets are ignored)
 * @returns the words that show it, or null
 */
export function templateSiteMark(text: string): string | null {
	const line = stripBullet(stripCellMarkup(text).text);
	for (const { pattern, maxLength, template } of CHROME_LINES) {
		if (!template || line.length > maxLength) continue;
		const match = pattern.exec(line);
		if (match) return match[0];
	}
	// A sharing site's header counts by its words (VIP专免, 侵权投诉), not by its dates and sizes.
	const tokens = furnitureTokens(line);
	if (tokens.length === 0 || !isShareHeader(tokens, line)) return null;
	return tokens.find((token) => /\p{Script=Han}{2}|VIP/u.test(token)) ?? null;
}

/**
 * The site named by a welcome line: 包头市卫生和计划生育委员会欢迎您 and 欢迎来到平顶山市卫生健康委员会!
 * both name their site's owner.
 * @param text a welcome line
 * @returns the site's name
 */
export function welcomedSite(text: string): string {
	return text
		.replace(/欢迎您.*$/, '')
		.replace(/^欢迎(?:光临|访问|来到)/, '')
		.replace(/[!！。.]+$/, '')
		.trim();
}

/**
 * Drops the list bullets a copied page leaves in front of a line (• 时间:…), so that the line can
 * be read as metadata or chrome.
 * @param text a trimmed line
 * @returns the line without its leading bullets
 */
export function stripBullet(text: string): string {
	return text.replace(/^[•·●▪◆]+\s*/, '');
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
