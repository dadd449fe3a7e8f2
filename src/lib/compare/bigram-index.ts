import type { Bigram, BigramBag } from './bigrams.ts';

/** An inverted index: bigram → positions of the documents that contain it, in ascending order. */
export type BigramIndex = ReadonlyMap<Bigram, readonly number[]>;

/**
 * Indexes documents by their bigrams, so that candidates for a comparison are found by looking
 * up shared bigrams instead of comparing every document with every other.
 * @param bags one bigram bag per document, in document order
 * @returns the inverted index
 */
export function buildBigramIndex(bags: readonly BigramBag[]): BigramIndex {
	const index = new Map<Bigram, number[]>();
	bags.forEach((bag, position) => {
		for (const bigram of bag.keys()) {
			const postings = index.get(bigram);
			if (postings) postings.push(position);
			else index.set(bigram, [position]);
		}
	});
	return index;
}

/** How candidates are looked up. */
export interface CandidateQuery {
	/**
	 * Bigrams found in more documents than this are skipped: they are the boilerplate of the
	 * genre (加强, 推进, 工作) and say little about which item is which, while their long posting
	 * lists are what would make the lookup quadratic.
	 */
	maxPostings: number;
	/** How many candidates to return at most, best first. */
	limit: number;
	/** Weight of a shared bigram (default 1 per bigram): lets a caller rank by rare bigrams first. */
	weight?: (bigram: Bigram) => number;
}

/**
 * Finds the documents that share the most (weighted) bigrams with a query bag. The cost is the
 * query's bigram count times `maxPostings` at most, whatever the size of the index.
 * @param index the inverted index of the documents
 * @param bag the query's bigrams
 * @param query the posting cap, the candidate limit and an optional weight
 * @returns document positions, most shared first (ties by position), at most `limit`
 */
export function findCandidates(index: BigramIndex, bag: BigramBag, query: CandidateQuery): number[] {
	const scores = new Map<number, number>();
	for (const bigram of bag.keys()) {
		const postings = index.get(bigram);
		if (!postings || postings.length > query.maxPostings) continue;
		const weight = query.weight ? query.weight(bigram) : 1;
		for (const position of postings) scores.set(position, (scores.get(position) ?? 0) + weight);
	}
	return [...scores]
		.sort((x, y) => y[1] - x[1] || x[0] - y[0])
		.slice(0, query.limit)
		.map(([position]) => position);
}
