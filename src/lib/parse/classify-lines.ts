import { findAgencies } from './agency.ts';
import { detectChromeLine, stripBullet, stripCellMarkup, welcomedSite } from './chrome.ts';
import { readDocNumberLine } from './doc-number.ts';
import {
	parseLabelColumns,
	parseMetadataLine,
	type MetadataField,
	type MetadataLine,
} from './metadata.ts';
import { removeSpam } from './spam.ts';
import type { Removal, SourceLine } from './types.ts';

/** The lines of a raw text sorted into document text, metadata and chrome. */
export interface ClassifiedLines {
	/** Document text lines, cleaned of table pipes and spam, blank lines left out. */
	content: SourceLine[];
	/** Everything removed, with line numbers. */
	removals: Removal[];
	/** Disclosure metadata values by field (the first value of a field wins). */
	metadata: Partial<Record<MetadataField, string>>;
	/** The site owner named by a welcome line or a site header (包头市卫生和计划生育委员会欢迎您). */
	siteOwners: string[];
	/** Dates of web bylines (时间:2023-12-28 …), which date the web page, not the document. */
	bylineDates: string[];
	/** Raw line numbers of disclosure rows and bylines: the page's title stands just above them. */
	bylineLines: number[];
	/** File names that document-sharing sites print (《….docx》由会员分享), extension removed. */
	sharedFileTitles: string[];
	/** Remarks for the report, in Chinese. */
	notes: string[];
}

/** How far into the text a document number may stand on a line of its own. */
const DOC_NUMBER_LINES = 15;

/** A shared file's name: 《区卫生健康局…工作计划范文.doc》由会员分享 → 区卫生健康局…工作计划范文. */
function sharedFileTitle(text: string): string | null {
	const match = /^《(.+?)》由会员分享/.exec(text);
	return match ? match[1].replace(/\.(?:docx?|pdf|wps|txt)$/i, '') : null;
}

/**
 * Sorts normalised lines: labelled disclosure lines and bylines go to metadata, page chrome is
 * dropped, a document number standing on a line of its own near the top goes to 文号, table pipes,
 * image placeholders and spam inserts are cut out of the remaining lines. Every removal is
 * recorded with its line number for the report.
 * @param lines normalised lines
 * @returns the classified lines
 */
export function classifyLines(lines: readonly SourceLine[]): ClassifiedLines {
	const result: ClassifiedLines = {
		content: [],
		removals: [],
		metadata: {},
		siteOwners: [],
		bylineDates: [],
		bylineLines: [],
		sharedFileTitles: [],
		notes: [],
	};
	const remove = (line: SourceLine, removal: Omit<Removal, 'line'>) =>
		result.removals.push({ line: line.no, ...removal });
	/** What each non-blank line became, to look back and ahead. */
	const status = new Map<number, 'metadata' | 'chrome' | 'content'>();
	/** Takes a whole line out of the text as disclosure metadata; `what` names its fields. */
	const removeMetadataLine = (line: SourceLine, what: string) => {
		remove(line, { kind: 'metadata', text: line.text, wholeLine: true, reason: `公开信息（${what}）` });
		status.set(line.no, 'metadata');
	};
	let afterMetadata = false;
	let openTitle = false;
	let nonBlank = 0;
	const keep = (metadata: MetadataLine) => {
		for (const [field, value] of Object.entries(metadata.fields) as Array<
			[MetadataField, string]
		>) {
			result.metadata[field] ??= value;
		}
	};
	for (const line of lines) {
		if (line.text === '') continue;
		nonBlank++;
		const unbulleted = stripBullet(line.text);
		if (openTitle) {
			openTitle = false;
			// `标 题:` left its value to the next line.
			if (unbulleted.length <= 120 && !/[。；;]/.test(unbulleted)) {
				result.metadata.title ??= unbulleted;
				removeMetadataLine(line, '标题');
				continue;
			}
		}
		const metadata =
			parseMetadataLine(unbulleted) ?? parseLabelColumns(unbulleted, afterMetadata);
		if (metadata) {
			keep(metadata);
			removeMetadataLine(line, metadata.labels.join('、'));
			result.bylineLines.push(line.no);
			afterMetadata = true;
			openTitle = metadata.openField === 'title';
			continue;
		}
		afterMetadata = false;
		const cells = stripCellMarkup(line.text);
		const chromeText = stripBullet(cells.text);
		const chrome = chromeText === '' ? null : detectChromeLine(chromeText);
		if (chrome !== null || cells.text === '') {
			const image = cells.removed.some((fragment) => fragment.startsWith('!['));
			const reason = chrome ?? (image ? '图片占位符' : '表格分隔线');
			if (chrome === '网站欢迎语') result.siteOwners.push(welcomedSite(chromeText));
			const byline = /^(?:发布)?(?:时间|日期)[:：]\s*(\S+)/.exec(chromeText);
			if (byline && chrome?.startsWith('网页署名')) result.bylineDates.push(byline[1]);
			if (chrome?.startsWith('网页署名')) result.bylineLines.push(line.no);
			const shared = sharedFileTitle(chromeText);
			if (shared) result.sharedFileTitles.push(shared);
			remove(line, { kind: 'chrome', text: line.text, wholeLine: true, reason });
			status.set(line.no, 'chrome');
			continue;
		}
		const docNumber = nonBlank <= DOC_NUMBER_LINES ? readDocNumberLine(cells.text) : null;
		if (docNumber) {
			result.metadata.doc_no ??= docNumber.value;
			if (docNumber.repaired)
				result.notes.push(
					`第${line.no}行文号“${cells.text}”缺少括号或“号”，已按年份补全为“${docNumber.value}”，请核对`,
				);
			removeMetadataLine(line, '文号');
			continue;
		}
		for (const fragment of cells.removed) {
			remove(line, {
				kind: 'chrome',
				text: fragment,
				wholeLine: false,
				reason: fragment === '|' ? '表格竖线' : '图片占位符',
			});
		}
		const spam = removeSpam(cells.text);
		for (const fragment of spam.removed) {
			remove(line, {
				kind: 'spam',
				text: fragment,
				wholeLine: false,
				reason: '夹带的广告或引流文字',
			});
		}
		if (spam.text.trim() !== '') {
			result.content.push({ no: line.no, text: spam.text.trim() });
			status.set(line.no, 'content');
		}
	}
	takeSiteHeader(result, lines, status);
	return result;
}

/**
 * A site header: the first line of the page is only an agency's name (河南省卫生健康委员会) and
 * page chrome follows it (its English name, a breadcrumb). It names the site's owner.
 */
function takeSiteHeader(
	result: ClassifiedLines,
	lines: readonly SourceLine[],
	status: ReadonlyMap<number, string>,
): void {
	const first = result.content[0];
	const firstLine = lines.find((line) => line.text !== '');
	if (!first || firstLine?.no !== first.no) return;
	const mentions = findAgencies(first.text);
	if (mentions.length !== 1 || mentions[0].name !== first.text) return;
	const next = lines.find((line) => line.no > first.no && line.text !== '');
	if (!next || status.get(next.no) !== 'chrome') return;
	result.content.shift();
	result.siteOwners.push(first.text);
	result.removals.push({
		line: first.no,
		kind: 'chrome',
		text: first.text,
		wholeLine: true,
		reason: '网站名称',
	});
}
