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
 * @param starts where each chunk of one shard starts, in Pagefind's order (by code point)
 * @param prefix a token Pagefind matches as a prefix
 * @returns the starts of the chunks that hold, or may hold, words beginning with the prefix: the
 *   chunk the prefix itself falls in, then every chunk that starts with the prefix. Found by
 *   binary search, as the page runs this on every keystroke over every shard's starts.
 */
export function chunksReached(starts: readonly string[], prefix: string): string[] {
	// The first chunk that starts at or after the prefix.
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareCodePoints(starts[middle], prefix) < 0) low = middle + 1;
		else high = middle;
	}
	let end = low;
	while (end < starts.length && starts[end].startsWith(prefix)) end++;
	// The chunk before holds the prefix's first words, unless the next chunk starts exactly there.
	const first = low > 0 && starts[low] !== prefix ? low - 1 : low;
	return starts.slice(first, end);
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
