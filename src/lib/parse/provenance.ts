import { provenanceOf, type Provenance } from '../provenance.ts';
import { findAgencies } from './agency.ts';
import { isSiteNavigation, TEMPLATE_SITE_WORDS, templateSiteMark, welcomedSite } from './chrome.ts';
import { compilationMark, sitePartNumber } from './compilation.ts';
import type { MetadataField } from './metadata.ts';
import { findPlaceholders } from './placeholders.ts';
import { isTitleLine } from './titles.ts';
import type { Removal, SourceLine } from './types.ts';

/**
 * Where an imported text comes from (src/lib/provenance.ts), as far as the text shows, with the
 * evidence in Chinese for the import report. Rules, in this order:
 * 1. `unofficial`: marks of a template (model-essay) or document-sharing site: a compilation title
 *    (实用14篇), a site's part numbers (第1篇), the site's editor and furniture (小编为大家整理,
 *    《…》由会员分享), 范文 in a title, spam inserts, template placeholders (xxxx年, x县). The marks
 *    are those the importer's other steps detect (compilation.ts, chrome.ts, spam.ts,
 *    placeholders.ts), read from what they found.
 * 2. `official`: a government page's disclosure facts: 索引号; 发布机构 with 文号 or 发布日期 in a
 *    disclosure table; the agency's own site banner (…委员会欢迎您) or header; the navigation of a
 *    government site's disclosure catalogue (首页 > 政务公开 > …); a .gov.cn address.
 * 3. `reprint`: everything else, which the evidence qualifies: an official text (a notice, a 文号,
 *    an agency's title) with signs of another site (来源 naming a site, 转载, an editor's byline, an
 *    address outside .gov.cn), or nothing either way, the cautious default (a bare text may be the
 *    agency's own, but nothing shows it was published by the agency).
 */

/** What the importer found in a text that tells where it comes from. */
export interface ProvenanceInput {
	/** The text's lines after page chrome was taken out (all parts of a compilation). */
	lines: readonly SourceLine[];
	/** Everything the importer took out of the text (page chrome, metadata, spam), with its line. */
	removals: readonly Removal[];
	/** Disclosure values read from labelled lines (索引号, 发布机构, 来源 …). */
	metadata: Readonly<Partial<Record<MetadataField, string>>>;
	/** Site owners named by a welcome line or a site header. */
	siteOwners: readonly string[];
	/** The titles found: the document's, the notice's, a compilation's, a shared file's name. */
	titles: readonly (string | null | undefined)[];
	/** Whether the text is wrapped in a notice that issues it (关于印发…的通知). */
	notice: boolean;
	/** The page's address, when the importer was given one. */
	url?: string | null;
}

/** Which rule decided. */
export type ProvenanceRule = 'template-site' | 'government-page' | 'other-site' | 'default';

/** The provenance of an imported text and why. */
export interface ProvenanceDecision {
	provenance: Provenance;
	rule: ProvenanceRule;
	/** What was seen, in Chinese, quoting the text: 见到政府信息公开的索引号「…」… */
	evidence: string;
}

/** The cautious default's evidence. */
export const DEFAULT_EVIDENCE =
	'未见政府网站的公开信息，也未见范文网站标记：按转载处理；如确为政府网站原文，请改为 official';

/** How many lines from the top may hold a compilation's title (after a site's introduction). */
const COMPILATION_TITLE_LINES = 10;
/** Quotes at most this many marks of one kind. */
const MAX_MARKS = 4;

/** Sections of a government site's disclosure catalogue, as its navigation names them. */
const GOVERNMENT_SECTION = /政府信息公开|政务公开|信息公开目录|法定主动公开/;
/** A page's editor, as a news site's byline names them. */
const EDITOR_BYLINE = /(?:责任)?编辑\s*[:：]\s*[^\s:：|]{1,12}/;
/** A repost's own words. */
const REPOST = /转载[自于]?\S{0,12}/;
/** The host of an address. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i;

/** Distinct non-empty texts, in order. */
const distinct = (items: readonly (string | null | undefined)[]): string[] => [
	...new Set(
		items.filter((item): item is string => !!item && item.trim() !== '').map((item) => item.trim()),
	),
];

/** Quotes texts: 「a」「b」, at most {@link MAX_MARKS}. */
const quote = (items: readonly string[]): string =>
	items
		.slice(0, MAX_MARKS)
		.map((item) => `「${item}」`)
		.join('');

/** Shortens a long text for a quote. */
const short = (text: string, limit = 30): string =>
	text.length > limit ? `${text.slice(0, limit)}…` : text;

/**
 * The words that show a template site, with what follows them up to the next pause: 小编为大家整理
 * out of 小编为大家整理了一些优秀的…, so that the evidence quotes a phrase, not a paragraph.
 */
function phraseAt(text: string, word: string): string {
	const start = text.indexOf(word);
	if (start < 0) return short(word);
	const after =
		/^(?:(?![了的])[\p{Script=Han}A-Za-z0-9]){0,5}/u.exec(text.slice(start + word.length))?.[0] ??
		'';
	return short(word + after, 20);
}

/** Removed lines that the page put around the text (chrome and disclosure rows), whole. */
function removedLines(removals: readonly Removal[]): string[] {
	return removals
		.filter(
			(removal) => removal.wholeLine && (removal.kind === 'chrome' || removal.kind === 'metadata'),
		)
		.map((removal) => removal.text);
}

/** Marks of a template or document-sharing site, in the order the text shows them. */
function templateMarks(input: ProvenanceInput, titles: readonly string[]): string[] {
	const titleLike = input.lines
		.slice(0, COMPILATION_TITLE_LINES)
		.map((line) => line.text)
		.filter((text) => isTitleLine(text));
	const marks: string[] = [];
	for (const text of distinct([...titles, ...titleLike])) marks.push(compilationMark(text) ?? '');
	for (const line of input.lines) marks.push(sitePartNumber(line.text) ?? '');
	for (const text of removedLines(input.removals)) {
		const mark = templateSiteMark(text) ?? TEMPLATE_SITE_WORDS.exec(text)?.[0];
		if (mark) marks.push(phraseAt(text, mark));
	}
	for (const title of titles) marks.push(TEMPLATE_SITE_WORDS.exec(title)?.[0] ?? '');
	for (const removal of input.removals)
		if (removal.kind === 'spam') marks.push(short(removal.text, 20));
	return distinct(marks);
}

/**
 * Placeholders a template left unfilled (xxxx年, 20**年, x县, ***), in the titles and the text. A
 * year left empty (卫生健康局年度工作总结) counts in a title only: in a sentence, 纳入市卫健委年度考核
 * reads the same.
 */
function placeholderMarks(input: ProvenanceInput, titles: readonly string[]): string[] {
	const inTitles = findPlaceholders(titles.join('\n'));
	const inText = findPlaceholders(input.lines.map((line) => line.text).join('\n'));
	const emptyYear = (year: string) => year.startsWith('（');
	return distinct([
		...inTitles.years,
		...inTitles.names,
		...inText.years.filter((year) => !emptyYear(year)),
		...inText.names,
	]);
}

/** Whether a name is an agency or a government (a site owner, a source line). */
const isAgency = (name: string): boolean =>
	findAgencies(name).length > 0 || /人民政府|政府网|委员会|局|厅|办公室/.test(name);

/** Whether a 来源 line names another site: not an agency, and not the page's own site (本站, 本网). */
const isOtherSite = (source: string): boolean => !isAgency(source) && !/^本(?:站|网)/.test(source);

/** The host of an address, lower-cased, or null. */
function hostOf(url: string | null | undefined): string | null {
	const host = url ? HOST.exec(url.trim())?.[1] : undefined;
	return host ? host.toLowerCase() : null;
}

/** Disclosure facts of a government page, as evidence phrases. */
function governmentSigns(input: ProvenanceInput): string[] {
	const { metadata } = input;
	const signs: string[] = [];
	const agency = metadata.agency ? `与发布机构「${metadata.agency}」` : '';
	if (metadata.index_no) signs.push(`政府信息公开的索引号「${metadata.index_no}」${agency}`);
	else if (metadata.agency && (metadata.doc_no || metadata.published)) {
		const with_ = metadata.doc_no
			? `文号「${metadata.doc_no}」`
			: `发布日期「${metadata.published}」`;
		signs.push(`政府信息公开的发布机构「${metadata.agency}」与${with_}`);
	}
	const lines = removedLines(input.removals);
	for (const owner of distinct(input.siteOwners).filter(isAgency)) {
		const banner = lines.find((text) => text.includes(owner) && welcomedSite(text) !== text.trim());
		signs.push(
			banner ? `发布机关网站的欢迎语「${short(banner.trim())}」` : `发布机关网站的标题「${owner}」`,
		);
	}
	const section = lines.find((text) => GOVERNMENT_SECTION.test(text) && isSiteNavigation(text));
	if (section) signs.push(`政府网站信息公开栏目的页面导航「${short(section.trim(), 40)}」`);
	const host = hostOf(input.url);
	if (host && /(?:^|\.)gov\.cn$/.test(host)) signs.push(`政府网站地址「${host}」`);
	// A date beside a government page's facts supports them (it does not decide on its own).
	if (signs.length > 0 && metadata.published && !signs.some((sign) => sign.includes('发布日期')))
		signs.push(`发布日期「${metadata.published}」`);
	return signs;
}

/** Signs that the text was taken from another site, as evidence phrases. */
function otherSiteSigns(input: ProvenanceInput): string[] {
	const signs: string[] = [];
	const source = input.metadata.source;
	if (source && isOtherSite(source)) signs.push(`来源「${short(source, 20)}」`);
	const lines = removedLines(input.removals);
	const repost = lines.map((text) => REPOST.exec(text)?.[0]).find(Boolean);
	if (repost) signs.push(`「${repost}」`);
	const editor = lines.map((text) => EDITOR_BYLINE.exec(text)?.[0]).find(Boolean);
	if (editor) signs.push(`编辑署名「${editor}」`);
	const host = hostOf(input.url);
	if (host && !/(?:^|\.)gov\.cn$/.test(host)) signs.push(`网址「${host}」`);
	return signs;
}

/** Features of an official text (a notice that issues it, a 文号, an agency's title). */
function officialTextFeatures(input: ProvenanceInput, titles: readonly string[]): string[] {
	const features: string[] = [];
	if (input.notice) features.push('印发通知');
	if (input.metadata.doc_no) features.push(`文号「${input.metadata.doc_no}」`);
	const agencyTitle = titles.find((title) => findAgencies(title).length > 0);
	if (agencyTitle) features.push(`机关的标题「${short(agencyTitle)}」`);
	return features;
}

/**
 * Decides where an imported text comes from, from what the text shows.
 * @param input what the importer found in the text
 * @returns the provenance, the rule that decided and the evidence in Chinese
 */
export function decideProvenance(input: ProvenanceInput): ProvenanceDecision {
	const titles = distinct(input.titles);
	const marks = templateMarks(input, titles);
	const placeholders = placeholderMarks(input, titles);
	const government = governmentSigns(input);
	// A government page that left a placeholder in its text is still the agency's publication.
	if (marks.length > 0 || (placeholders.length > 0 && government.length === 0)) {
		const seen = [
			marks.length > 0 ? `范文网站的标记${quote(marks)}` : '',
			placeholders.length > 0 ? `模板占位符${quote(placeholders)}` : '',
		].filter(Boolean);
		return { provenance: 'unofficial', rule: 'template-site', evidence: `见到${seen.join('和')}` };
	}
	if (government.length > 0) {
		const note = placeholders.length > 0 ? `；正文有模板占位符${quote(placeholders)}，请核对` : '';
		return {
			provenance: 'official',
			rule: 'government-page',
			evidence: `见到${government.join('、')}${note}`,
		};
	}
	const other = otherSiteSigns(input);
	if (other.length > 0) {
		const features = officialTextFeatures(input, titles);
		const text = features.length > 0 ? `正式文本（${features.join('、')}），但` : '';
		return {
			provenance: 'reprint',
			rule: 'other-site',
			evidence: `${text}见到其他网站的痕迹：${other.join('、')}，未见政府网站的公开信息`,
		};
	}
	return { provenance: 'reprint', rule: 'default', evidence: DEFAULT_EVIDENCE };
}

/**
 * The report's sentence on a document's provenance.
 * @param decision the decision
 * @returns e.g. 来源判定为 unofficial（非官方文本）：见到…；如判断有误，请改 provenance 字段
 */
export function describeProvenance(decision: ProvenanceDecision): string {
	const { label } = provenanceOf(decision.provenance);
	const advice = decision.rule === 'default' ? '' : '；如判断有误，请改 provenance 字段';
	return `来源判定为 ${decision.provenance}（${label}）：${decision.evidence}${advice}`;
}
