/**
 * Punctuation that carries meaning in numbers and targets and therefore survives normalisation:
 * 5‰ is not 5%, and 82.8 is not 828.
 */
const MEANINGFUL_PUNCTUATION = new Set(['%', '‰', '‱']);

/** Punctuation kept between two digits (82.8岁, 10/10万, 2:1). */
const NUMERIC_PUNCTUATION = new Set(['.', '/', ':']);

/**
 * Reduces a text to its wording for comparisons: full-width forms folded (NFKC: （ → (, ６ → 6),
 * Latin letters lower-cased, and whitespace and punctuation removed, so that a line break, a
 * changed comma or （ versus ( never makes two items differ. Percent and per-mille signs, and a
 * decimal point, slash or colon between digits, are kept: they change what a number says.
 * @param text any text, e.g. an item's title and body
 * @returns the normalised wording (possibly empty)
 */
export function normaliseWording(text: string): string {
	const folded = text.normalize('NFKC').toLowerCase();
	return folded.replace(/[\s\p{P}]/gu, (char: string, offset: number) => {
		if (MEANINGFUL_PUNCTUATION.has(char)) return char;
		if (NUMERIC_PUNCTUATION.has(char) && /\d/.test(folded[offset - 1] ?? '') && /\d/.test(folded[offset + 1] ?? '')) return char;
		return '';
	});
}
