import { parseMarker } from './markers.ts';
import { foldTraditional } from './traditional.ts';

/** Words that make a short line a document title. */
const TITLE_WORDS =
	/要点|计划|总结|规划|思路|安排|方案|重点工作|工作重点|打算|报告|汇报|谋划|述职|讲话|致辞/;

/**
 * Tells whether a line looks like a document title: short, no sentence punctuation, no numbering
 * marker, a word such as 要点 or 总结, and more than that word (a column name such as 计划总结 is
 * not a title).
 * @param text a trimmed line
 * @returns true for a title-like line
 */
export function isTitleLine(text: string): boolean {
	const folded = foldTraditional(text);
	return (
		text.length >= 4 &&
		text.length <= 60 &&
		!/[。；;！？!?]/.test(text) &&
		!/[，,、：:]$/.test(text) &&
		parseMarker(text) === null &&
		TITLE_WORDS.test(folded) &&
		/\p{Script=Han}{2}/u.test(folded.replace(new RegExp(TITLE_WORDS.source, 'g'), ''))
	);
}

/** File extensions that document-sharing sites leave on a title (…工作计划材料.docx). */
const FILE_EXTENSION = /\.(?:docx?|pdf|wps|txt)$/i;

/**
 * Cleans a title as written for front matter: the file extension of a shared document goes.
 * @param text a title line
 * @returns the title
 */
export function cleanTitle(text: string): string {
	return text.replace(FILE_EXTENSION, '').trim();
}

/**
 * A year followed by 年, not part of a range (2016-2020年, 2016年至2020年) and not a deadline
 * (到2025年, 截至2020年); a dash used as punctuation (——2022年西吉县…) does not make a range.
 */
const YEAR = /(?<!\d)(?<![至到])(?<!\d\s*[-—–~]\s*)((?:19|20)\d{2})\s*年(?!\s*[-—–~至到])/;

/**
 * Reads the year a title is about (2019年全市卫生健康工作要点 → 2019). A year range such as
 * 2016-2020年 names no single year and gives null.
 * @param text a title
 * @returns the year, or null
 */
export function findTitleYear(text: string): number | null {
	const match = YEAR.exec(text);
	return match ? Number(match[1]) : null;
}

/**
 * Reads the year a body states at its very start (2021年上半年，县审计局… → 2021). Only the opening
 * words count: a year mentioned later in the text is not the document's year.
 * @param text the first paragraph of a body
 * @returns the year, or null
 */
export function findOpeningYear(text: string): number | null {
	const match = YEAR.exec(text.slice(0, 40));
	return match ? Number(match[1]) : null;
}

/**
 * Reads the year a paragraph starts with (2025年以来，… / 2019年是… → the year), for the
 * paragraphs after an addressee line or a first sentence without a year. A year further into the
 * sentence (自2002年12月调任…以来) dates something else and gives null.
 * @param text a paragraph
 * @returns the year, or null
 */
export function findLeadingYear(text: string): number | null {
	const match = /^((?:19|20)\d{2})\s*年(?![\d\-—–~至到])/.exec(text);
	return match ? Number(match[1]) : null;
}
