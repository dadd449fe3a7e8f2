/**
 * Which index chunks a prefix term needs. Pagefind loads, for each query term, the one chunk
 * whose range holds the term itself. A term it matches as a prefix (医 for 医生, 医疗 …; DRG for
 * DRGs) also matches words in the chunks after that one, which a fresh page then never loads:
 * the search misses results, and finds them later, once other searches have loaded those
 * chunks. The page therefore loads them itself, by preloading the start of each.
 *
 * Chunk c of a shard holds exactly the words w with start[c] ≤ w < start[c + 1]: Pagefind cuts
 * each chunk's start to the shortest prefix of its first word that is still above every word of
 * the chunk before. So the chunks a prefix reaches follow from the starts alone, and a chunk's
 * start, searched as a term, lies in that chunk only.
 */

/**
 * Compares strings by code point, as Pagefind orders words (Rust compares UTF-8 bytes, which
 * sort as code points; JavaScript's < compares UTF-16 units, which differ above U+FFFF).
 * @param a a string
 * @param b another string
 * @returns negative, zero or positive as a sorts before, with or after b
 */
export function compareCodePoints(a: string, b: string): number {
	const left = a[Symbol.iterator]();
	const right = b[Symbol.iterator]();
	for (;;) {
		const x = left.next();
		const y = right.next();
		if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
		const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
		if (difference !== 0) return difference;
	}
}

/**
 * @param starts where each chunk of one shard starts, in order
 * @param prefix a token Pagefind matches as a prefix
 * @returns the starts of the chunks that hold, or may hold, words beginning with the prefix
 */
export function chunksReached(starts: readonly string[], prefix: string): string[] {
	return starts.filter((start, index) => {
		const next = starts[index + 1];
		const beginsBeforeRangeEnds = start.startsWith(prefix) || compareCodePoints(start, prefix) < 0;
		const endsAfterRangeBegins = next === undefined || compareCodePoints(next, prefix) > 0;
		return beginsBeforeRangeEnds && endsAfterRangeBegins;
	});
}

/**
 * @param shards the chunk starts of every shard of the index
 * @param prefixes the query's prefix tokens (PreparedQuery.prefixTokens)
 * @returns terms whose preloading makes Pagefind load every chunk the prefixes reach, in every
 *   shard. Pagefind preloads a term in all shards at once, so a term from one shard's starts
 *   also loads a chunk of each other shard, one at or just before the prefix: a few kilobytes
 *   more, and the same results.
 */
export function chunkLoadTerms(shards: readonly (readonly string[])[], prefixes: readonly string[]): string[] {
	return [...new Set(prefixes.flatMap((prefix) => shards.flatMap((starts) => chunksReached(starts, prefix))))];
}
