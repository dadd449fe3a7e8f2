import { detectChromeLine, stripCellMarkup } from './chrome.ts';
import { parseMetadataLine, type MetadataField } from './metadata.ts';
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
	/** The site owner named by a welcome line (包头市卫生和计划生育委员会欢迎您 → the name). */
	siteOwners: string[];
	/** Dates of web bylines (时间:2023-12-28 …), which date the web page, not the document. */
	bylineDates: string[];
}

/**
 * Sorts normalised lines: labelled disclosure lines go to metadata, page chrome is dropped, table
 * pipes, image placeholders and spam inserts are cut out of the remaining lines. Every removal is
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
	};
	const remove = (line: SourceLine, removal: Omit<Removal, 'line'>) =>
		result.removals.push({ line: line.no, ...removal });
	for (const line of lines) {
		if (line.text === '') continue;
		const metadata = parseMetadataLine(line.text);
		if (metadata) {
			for (const [field, value] of Object.entries(metadata.fields) as Array<
				[MetadataField, string]
			>) {
				result.metadata[field] ??= value;
			}
			remove(line, {
				kind: 'metadata',
				text: line.text,
				wholeLine: true,
				reason: `公开信息（${metadata.labels.join('、')}）`,
			});
			continue;
		}
		const cells = stripCellMarkup(line.text);
		const chrome = cells.text === '' ? null : detectChromeLine(cells.text);
		if (chrome !== null || cells.text === '') {
			const image = cells.removed.some((fragment) => fragment.startsWith('!['));
			const reason = chrome ?? (image ? '图片占位符' : '表格分隔线');
			if (chrome === '网站欢迎语') result.siteOwners.push(cells.text.replace(/欢迎您.*$/, ''));
			const byline = /^(?:发布)?(?:时间|日期)[:：]\s*(\S+)/.exec(cells.text);
			if (byline && chrome?.startsWith('网页署名')) result.bylineDates.push(byline[1]);
			remove(line, { kind: 'chrome', text: line.text, wholeLine: true, reason });
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
		if (spam.text.trim() !== '') result.content.push({ no: line.no, text: spam.text.trim() });
	}
	return result;
}
