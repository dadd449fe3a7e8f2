/**
 * Search tokens for Chinese text as overlapping character bigrams, the scheme of Lucene's CJK
 * bigram filter. Pagefind's dictionary splits unknown terms (医共体, 互联网) into single
 * characters, which then match any word that starts with them; a plan that holds every bigram
 * of the query is a candidate, and an item that holds them in a row holds the query string, at
 * any scale.
 *
 * The index side and the query side must produce the same tokens for the same text, so both
 * use this module: the build to write Pagefind records, the browser to turn a query into tokens
 * and to find the items that hold them in a row.
 */

/**
 * Runs of Han characters (including 〇), runs of other letters and digits, and the plus sign,
 * which policy names use as a word (互联网+, 1+X); Pagefind keeps it via includeCharacters.
 */
const RUN = /[\p{Script=Han}〇]+|(?:(?![\p{Script=Han}〇])[\p{Letter}\p{Number}])+|\+/gu;
const HAN = /^[\p{Script=Han}〇]/u;

/** Characters besides letters and digits that the index keeps as words (see RUN). */
export const SEARCH_INCLUDED_CHARACTERS = '+';

/**
 * Folds the forms that should match each other: full-width letters and digits to half-width
 * (ＨＰＶ → HPV) via NFKC, and Latin letters to lower case.
 * @param text any text
 * @returns the folded text
 */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/**
 * @param run a run of Han characters
 * @param closed whether the run is known to end here (true in indexed text; false for the last
 *   run of a query, whose text may continue in the document)
 * @returns its bigrams; a one-character run is its character; a closed run also ends with its
 *   last character, so that a query that stops at that character still finds it
 */
function hanRunTokens(run: string, closed: boolean): string[] {
	const chars = [...run];
	if (chars.length === 1) return chars;
	const tokens = chars.slice(0, -1).map((char, index) => char + chars[index + 1]);
	if (closed) tokens.push(chars[chars.length - 1]);
	return tokens;
}

/**
 * Turns indexed text into search tokens, in order.
 * @param text the text of an item
 * @returns the tokens, e.g. 家庭医生 → 家庭 庭医 医生 生
 */
export function toIndexTokens(text: string): string[] {
	const runs = foldText(text).match(RUN) ?? [];
	return runs.flatMap((run) => (HAN.test(run) ? hanRunTokens(run, true) : [run]));
}

/** The tokens of one query term. */
export interface QueryTokens {
	tokens: string[];
	/**
	 * Whether the last token may be the start of a longer indexed token: a Latin word (DRG finds
	 * DRGs) or a lone Han character at the end (0-3岁 finds 0-3岁儿童, whose token is 岁儿); never
	 * a plus sign, which is a token of its own.
	 */
	openEnd: boolean;
}

/**
 * Turns one query term into the tokens that find it. The last Han run stays open: the document
 * may go on after it (医生 must find 医生签约).
 * @param term a query term without spaces
 * @returns the tokens (none when the term has no letters, digits or Han characters)
 */
export function toQueryTokens(term: string): QueryTokens {
	const runs = foldText(term).match(RUN) ?? [];
	const tokens = runs.flatMap((run, index) => (HAN.test(run) ? hanRunTokens(run, index < runs.length - 1) : [run]));
	const last = runs[runs.length - 1] ?? '';
	// A plus sign is a whole token: nothing in the text can continue it.
	return { tokens, openEnd: last !== '+' && (!HAN.test(last) || [...last].length === 1) };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Letters per character: 26⁴ = 456,976 covers every Han code point (up to Extension H). */
const CODE_WIDTH = 4;

/**
 * Writes a token as Pagefind stores it. Han tokens become lower-case letters (q + four letters
 * per character), so that Pagefind's own Chinese segmentation never splits them again, no digit
 * or case change invites its compound-word splitting, and a character's code is a prefix of the
 * codes of the bigrams that start with it.
 * @param token a token from {@link toIndexTokens} or {@link toQueryTokens}
 * @returns the token as indexed
 */
export function encodeToken(token: string): string {
	if (!HAN.test(token)) return token;
	let code = 'q';
	for (const char of token) {
		let value = char.codePointAt(0) ?? 0;
		let letters = '';
		for (let index = 0; index < CODE_WIDTH; index++) {
			letters = LETTERS[value % 26] + letters;
			value = Math.floor(value / 26);
		}
		code += letters;
	}
	return code;
}

/**
 * Tells whether a token sequence holds the query's tokens in a row, the last one as a prefix
 * when the query's end is open: whether an item holds the query string (hits.ts).
 * @param tokens the tokens of an indexed text
 * @param query the query term's tokens
 * @returns whether the text matches
 */
export function containsTokenRun(tokens: readonly string[], query: QueryTokens): boolean {
	const { tokens: wanted, openEnd } = query;
	const last = wanted.length - 1;
	for (let start = 0; start + last < tokens.length; start++) {
		let index = 0;
		while (index < last && tokens[start + index] === wanted[index]) index++;
		const tail = tokens[start + last];
		if (index === last && (openEnd ? tail.startsWith(wanted[last]) : tail === wanted[last])) return true;
	}
	return false;
}
