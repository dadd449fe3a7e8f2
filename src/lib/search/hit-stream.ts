/** How many plans' texts the first round fetches, and the most any later round fetches at once. */
export interface PlanBatching {
	first: number;
	max: number;
}

/**
 * Fetches a few plans first: on most queries their items fill a page of results, so a first
 * search fetches only those texts. The second round is as small, since it is often only the
 * look for the hit after a full page; rounds double after that, so a rare query (a hit in one
 * plan of ten) does not wait for one small round after another.
 */
export const DEFAULT_PLAN_BATCHING: PlanBatching = { first: 2, max: 32 };

/**
 * The hits of the plans Pagefind ranked, in rank order and in each plan's own order, pulled one
 * at a time: a caller that stops after a page of results has fetched only the plans that page
 * needed, and the next page continues where it stopped. The texts of a round are requested
 * together and each plan's hits come as soon as it and the plans ranked above it are there.
 * @param planIds the plans, best first
 * @param loadText fetches a plan's text (the caller caches it)
 * @param hitsOf a plan's hits
 * @param batching plans per round
 * @yields each hit
 */
export async function* hitsInRankOrder<Text, Hit>(
	planIds: readonly string[],
	loadText: (id: string) => Promise<Text>,
	hitsOf: (text: Text) => Hit[],
	batching: PlanBatching = DEFAULT_PLAN_BATCHING,
): AsyncGenerator<Hit, void, undefined> {
	let next = 0;
	let size = Math.max(1, batching.first);
	for (let rounds = 1; next < planIds.length; rounds++) {
		const round = planIds.slice(next, next + size).map(loadText);
		// A plan further down the round may fail while the caller has paused on an earlier one;
		// its error surfaces when the caller reaches it, not as an unhandled rejection before.
		for (const text of round) text.catch(() => undefined);
		next += round.length;
		if (rounds >= 2) size = Math.min(size * 2, Math.max(batching.max, batching.first));
		for (const text of round) yield* hitsOf(await text);
	}
}

/** Hits shown a page at a time, knowing at the end of each page whether any hit is left. */
export interface HitPages<Hit> {
	/**
	 * @param size the most hits the page shows
	 * @param beforeLookAhead awaited after a full page, before the hit after it is looked for
	 *   (which may fetch more plans): the page can be drawn first
	 * @yields the page's hits, one at a time, as they come
	 */
	next(size: number, beforeLookAhead?: () => Promise<void>): AsyncGenerator<Hit, void, undefined>;
	/** Whether no hit is left after the pages so far. */
	readonly exhausted: boolean;
}

/**
 * Cuts hits into pages. After a full page the next hit is looked for and kept for the next
 * page, so that a button for more is offered only when there is more.
 * @param hits the hits, e.g. hitsInRankOrder's
 * @returns the pages
 */
export function hitPages<Hit>(hits: AsyncIterator<Hit, void, undefined>): HitPages<Hit> {
	let ahead: IteratorResult<Hit, void> | null = null;
	let exhausted = false;
	return {
		get exhausted() {
			return exhausted;
		},
		async *next(size, beforeLookAhead) {
			for (let shown = 0; shown < size; shown++) {
				const next = ahead ?? (await hits.next());
				ahead = null;
				if (next.done) {
					exhausted = true;
					return;
				}
				yield next.value;
			}
			await beforeLookAhead?.();
			ahead = await hits.next();
			exhausted = ahead.done === true;
		},
	};
}

/** What the hits of the plans looked through so far add up to. */
export interface HitTally {
	/** Plans whose hits were looked for. */
	plans: number;
	/** Those with at least one hit. */
	plansWithHits: number;
	hits: number;
}

/**
 * Counts the hits as plans are looked through. The stream looks through a plan only when its
 * hits are about to be shown (hitsInRankOrder), so the count is exact only once every plan
 * Pagefind found has been looked through; before that it is what has been found so far.
 * @param hitsOf a plan's hits
 * @returns the same function, counting, and the count
 */
export function tallyHits<Text, Hit>(hitsOf: (text: Text) => Hit[]): { hitsOf: (text: Text) => Hit[]; tally: Readonly<HitTally> } {
	const tally: HitTally = { plans: 0, plansWithHits: 0, hits: 0 };
	return {
		hitsOf(text) {
			const hits = hitsOf(text);
			tally.plans += 1;
			tally.hits += hits.length;
			if (hits.length > 0) tally.plansWithHits += 1;
			return hits;
		},
		tally,
	};
}
