/**
 * @param a a word
 * @param b another word
 * @returns the edit distance between them (insertions, deletions, substitutions)
 */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * The known words closest to a mistyped one, for “是不是 …？” hints: those within a quarter of the
 * word's length of edits (at least two), nearest first, ties in the order given.
 * @param wrong the word as typed
 * @param known the words it may have meant
 * @param limit how many to return at most
 * @returns the close words, nearest first
 */
export function closestWords(wrong: string, known: Iterable<string>, limit = 1): string[] {
	const threshold = Math.max(2, Math.floor(wrong.length / 4));
	const close: { word: string; distance: number; order: number }[] = [];
	let order = 0;
	for (const word of known) {
		const distance = editDistance(wrong, word);
		if (distance <= threshold) close.push({ word, distance, order: order++ });
	}
	return close
		.sort((a, b) => a.distance - b.distance || a.order - b.order)
		.slice(0, limit)
		.map((entry) => entry.word);
}
