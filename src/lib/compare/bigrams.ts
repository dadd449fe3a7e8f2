/**
 * A character bigram as a number: the two code points in one (first × 0x110000 + second), a lone
 * character as minus its code point minus one. Numbers make the bags' maps several times cheaper
 * than two-character strings, and every plan pair of a large site is aligned through them.
 */
export type Bigram = number;

/** A multiset of character bigrams: bigram → how many times it occurs. */
export type BigramBag = ReadonlyMap<Bigram, number>;

/** One more than the largest code point: the radix of a bigram's number. */
const CODE_POINTS = 0x110000;

/**
 * Counts the character bigrams of a text. Chinese has no spaces between words, and most words
 * are two characters long, so overlapping character pairs are a cheap stand-in for words that
 * needs no dictionary. A one-character text counts as its own single token.
 * @param text normalised wording (see normaliseWording)
 * @returns the bigrams with their counts (empty for an empty text)
 */
export function countBigrams(text: string): Map<Bigram, number> {
	const bag = new Map<Bigram, number>();
	let previous = -1;
	let characters = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.codePointAt(index) ?? 0;
		if (code > 0xffff) index++;
		characters++;
		if (previous >= 0) {
			const bigram = previous * CODE_POINTS + code;
			bag.set(bigram, (bag.get(bigram) ?? 0) + 1);
		}
		previous = code;
	}
	if (characters === 1) bag.set(-previous - 1, 1);
	return bag;
}

/**
 * The size of a bag: how many bigrams it holds, repeats included.
 * @param bag a bigram multiset
 * @returns the total count
 */
export function bagSize(bag: BigramBag): number {
	let size = 0;
	for (const count of bag.values()) size += count;
	return size;
}

/**
 * Dice similarity of two bigram multisets: twice the shared bigrams over all bigrams, from 0
 * (nothing shared) to 1 (the same bigrams). Two empty texts are identical (1).
 * @param a the first bag
 * @param b the second bag
 * @param sizes the bags' sizes when already known (saves recounting)
 * @returns the similarity in [0, 1]
 */
export function diceSimilarity(a: BigramBag, b: BigramBag, sizes?: readonly [number, number]): number {
	const sizeA = sizes?.[0] ?? bagSize(a);
	const sizeB = sizes?.[1] ?? bagSize(b);
	if (sizeA + sizeB === 0) return 1;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const [bigram, count] of small) shared += Math.min(count, large.get(bigram) ?? 0);
	return (2 * shared) / (sizeA + sizeB);
}
