/** A multiset of character bigrams: bigram → how many times it occurs. */
export type BigramBag = ReadonlyMap<string, number>;

/**
 * Counts the character bigrams of a text. Chinese has no spaces between words, and most words
 * are two characters long, so overlapping character pairs are a cheap stand-in for words that
 * needs no dictionary. A one-character text counts as its own single token.
 * @param text normalised wording (see normaliseWording)
 * @returns the bigrams with their counts (empty for an empty text)
 */
export function countBigrams(text: string): Map<string, number> {
	const chars = Array.from(text);
	const bag = new Map<string, number>();
	if (chars.length === 1) bag.set(chars[0], 1);
	for (let index = 0; index + 1 < chars.length; index++) {
		const bigram = chars[index] + chars[index + 1];
		bag.set(bigram, (bag.get(bigram) ?? 0) + 1);
	}
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
