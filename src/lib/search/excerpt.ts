import { foldText } from './tokenize.ts';

/** A piece of an excerpt: plain text, or a match of the query. */
export interface ExcerptPart {
	text: string;
	match: boolean;
}

/** An excerpt of an item's own text around the first match. */
export interface Excerpt {
	parts: ExcerptPart[];
	/** Whether the text holds any of the terms at all (false: the excerpt is the text's start). */
	found: boolean;
}

/**
 * Folds a text character by character, remembering where each folded unit came from. White
 * space folds to nothing: sources put spaces between digits and Han characters (5 岁以下), and
 * the index ignores them too.
 */
function foldWithMap(text: string): { folded: string; origin: number[] } {
	let folded = '';
	const origin: number[] = [];
	let offset = 0;
	for (const char of text) {
		const unit = /\s/u.test(char) ? '' : foldText(char);
		folded += unit;
		for (let index = 0; index < unit.length; index++) origin.push(offset);
		offset += char.length;
	}
	origin.push(offset);
	return { folded, origin };
}

/**
 * Cuts an excerpt of an item's original text around the first place where one of the terms
 * occurs, with every occurrence in it marked. Matching ignores width and case (ＨＰＶ = hpv),
 * the same folding the index uses; the excerpt shows the original characters.
 * @param text the item's original text
 * @param terms the terms to mark (the query's terms and their synonyms)
 * @param context how many characters to show on each side of the first match
 * @returns the excerpt parts in order
 */
export function buildExcerpt(text: string, terms: readonly string[], context = 40): Excerpt {
	const { folded, origin } = foldWithMap(text);
	const needles = [...new Set(terms.map(foldText).filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
	const matches: { start: number; end: number }[] = [];
	for (let at = 0; at < folded.length; ) {
		const needle = needles.find((candidate) => folded.startsWith(candidate, at));
		if (needle) {
			matches.push({ start: origin[at], end: origin[at + needle.length] });
			at += needle.length;
		} else at++;
	}
	const first = matches[0];
	const from = first ? Math.max(0, first.start - context) : 0;
	const to = Math.min(text.length, first ? first.end + context * 2 : context * 3);
	const parts: ExcerptPart[] = [];
	if (from > 0) parts.push({ text: '…', match: false });
	let cursor = from;
	for (const { start, end } of matches) {
		if (end <= from || start >= to) continue;
		if (start > cursor) parts.push({ text: text.slice(cursor, start), match: false });
		parts.push({ text: text.slice(Math.max(start, cursor), Math.min(end, to)), match: true });
		cursor = Math.min(end, to);
	}
	if (cursor < to) parts.push({ text: text.slice(cursor, to), match: false });
	if (to < text.length) parts.push({ text: '…', match: false });
	return { parts, found: first !== undefined };
}

/**
 * @param text the item's text
 * @param terms the terms
 * @returns whether the text contains one of the terms (folded, white space ignored), the
 *   measure of search precision
 */
export function containsAnyTerm(text: string, terms: readonly string[]): boolean {
	const squeeze = (value: string) => foldText(value).replace(/\s+/gu, '');
	const folded = squeeze(text);
	return terms.some((term) => folded.includes(squeeze(term)));
}
