import { parseMarker } from './markers.ts';

/** Words that make a short line a document title. */
const TITLE_WORDS = /要点|计划|总结|规划|思路|安排|方案|重点工作|工作重点|打算|报告/;

/**
 * Tells whether a line looks like a document title: short, no sentence punctuation, no numbering
 * marker, and a word such as 要点 or 总结.
 * @param text a trimmed line
 * @returns true for a title-like line
 */
export function isTitleLine(text: string): boolean {
	return (
		text.length >= 4 &&
		text.length <= 60 &&
		!/[。；;！？!?]/.test(text) &&
		!/[，,、：:]$/.test(text) &&
		parseMarker(text) === null &&
		TITLE_WORDS.test(text)
	);
}

/**
 * Reads the year a title is about (2019年全市卫生健康工作要点 → 2019). A year range such as
 * 2016-2020年 names no single year and gives null.
 * @param text a title
 * @returns the year, or null
 */
export function findTitleYear(text: string): number | null {
	const match = /(?<![\d\-—–~至到])((?:19|20)\d{2})\s*年(?!\s*[-—–~至到])/.exec(text);
	return match ? Number(match[1]) : null;
}

/**
 * Reads the year a body states at its very start (2021年上半年，县审计局… → 2021). Only the opening
 * words count: a year mentioned later in the text is not the document's year.
 * @param text the first paragraph of a body
 * @returns the year, or null
 */
export function findOpeningYear(text: string): number | null {
	const opening = text.slice(0, 40);
	const match = /(?<![\d\-—–~至到])((?:19|20)\d{2})\s*年(?!\s*[-—–~至到])/.exec(opening);
	return match ? Number(match[1]) : null;
}
