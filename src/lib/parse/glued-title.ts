import { isTitleLine } from './titles.ts';

/**
 * Template and document-sharing sites often print the title and the body on one line
 * (2023年XX区卫生健康工作总结及2024年工作计划2023年,在区委…). The title is the words before the
 * first punctuation mark, up to the last word that names the document's kind.
 */

/** Words a title ends with, and the site's suffixes after them (…工作安排文稿, …计划范文). */
const TITLE_END =
	/(?:总结|计划|要点|安排|思路|打算|报告|汇报|谋划|方案|规划|重点工作)(?:文稿|范文|材料)?/g;
/** Sentence punctuation that no title contains. */
const PUNCTUATION = /[，,。；;：:、！!？?“”"（(《]/;
/** Words a body cannot start with: they continue the title's sentence instead. */
const CONTINUATION = /^[的和及与之暨、，,。了]/;

/** A title split off the line it was glued to. */
export interface GluedTitle {
	title: string;
	/** The rest of the line, trimmed: the body's first paragraph. */
	rest: string;
}

/**
 * Splits a title off the front of a long line.
 * @param text a trimmed line
 * @returns the title and the rest, or null when the line does not start with a title
 */
export function splitGluedTitle(text: string): GluedTitle | null {
	if (text.length <= 60) return null;
	const stop = text.search(PUNCTUATION);
	const prefix = stop < 0 ? text.slice(0, 60) : text.slice(0, stop);
	let end = -1;
	for (const match of prefix.matchAll(TITLE_END)) end = (match.index ?? 0) + match[0].length;
	if (end < 0) return null;
	const title = text.slice(0, end).trim();
	const rest = text.slice(end).trim();
	if (title.length < 6 || title.length > 50 || rest.length < 10) return null;
	if (CONTINUATION.test(rest) || !isTitleLine(title)) return null;
	return { title, rest };
}
