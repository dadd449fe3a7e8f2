import { chunkLoadTerms } from './chunks.ts';
import { forgetOnFailure } from './forget-on-failure.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import type { PreparedQuery } from './query.ts';
import type { SearchRequest } from './search-request.ts';
import { searchStateKey } from './search-state.ts';
import { SEARCH_CHUNK_STARTS_PATH, SEARCH_YEARS_PATH } from './shards.ts';

/** Pagefind's side of a search: which plans hold the query, and the index files that needs. */
export interface PlanRanking {
	/**
	 * @param request what the search state asks for
	 * @returns the plans that hold the query's text and have the filters' values (every plan
	 *   with them, for a query of fact words only), best first or by year as the state asks; the
	 *   same promise while the same state is asked for, a new one after it failed
	 */
	rankedPlans(request: SearchRequest): Promise<PagefindResult[]>;
	/**
	 * Has Pagefind fetch the index chunks a query will need, while it is still being typed.
	 * @param query the query, prepared
	 */
	preload(query: PreparedQuery): Promise<unknown>;
}

/**
 * Pagefind cannot sort across merged shards, so the order by year is the page's.
 * @param results the plans, in Pagefind's order
 * @param yearOf each plan's year by its Pagefind id (0 when unknown), from SEARCH_YEARS_PATH
 * @param direction asc for oldest first, anything else for newest first
 * @returns the plans by year; plans of the same year keep Pagefind's order
 */
export function sortByYear(results: readonly PagefindResult[], yearOf: Readonly<Record<string, number>>, direction: string): PagefindResult[] {
	const sign = direction === 'asc' ? 1 : -1;
	return [...results].sort((a, b) => sign * ((yearOf[a.id] ?? 0) - (yearOf[b.id] ?? 0)));
}

/**
 * @param loadPagefind loads Pagefind (pagefind-loader.ts)
 * @param loadJson loads one of the search's data files (json-files.ts)
 * @returns the ranking, which keeps the ranking of the state last asked for
 */
export function planRanking(loadPagefind: () => Promise<PagefindApi>, loadJson: <T>(path: string) => Promise<T>): PlanRanking {
	// Pagefind loads only the chunk where a term itself lies; for a prefix term (医, DRG, the 岁 of
	// 0-3岁) the page loads every other chunk the term reaches, so that the results never depend
	// on what earlier searches happened to load (chunks.ts). A query without one costs nothing.
	// The chunk starts load while Pagefind does, not after it: one round trip less before a first
	// search for such a term.
	const loadPrefixChunks = async (query: PreparedQuery): Promise<void> => {
		if (query.prefixTokens.length === 0) return;
		const [module, chunkStarts] = await Promise.all([loadPagefind(), loadJson<string[][]>(SEARCH_CHUNK_STARTS_PATH)]);
		await module.preload(chunkLoadTerms(chunkStarts, query.prefixTokens).join(' '));
	};

	const rank = async ({ state, query, filters }: SearchRequest): Promise<PagefindResult[]> => {
		const [module] = await Promise.all([loadPagefind(), loadPrefixChunks(query)]);
		// Without text, Pagefind searches by the filters alone.
		const results = (await module.search(query.pagefindQuery || null, { filters }))?.results ?? [];
		const [sortKey, direction] = state.sort.split(':');
		// The years are fetched the first time a visitor sorts by them.
		return sortKey === 'year' ? sortByYear(results, await loadJson<Record<string, number>>(SEARCH_YEARS_PATH), direction) : results;
	};

	let latest: { key: string; plans: Promise<PagefindResult[]> } | null = null;
	return {
		rankedPlans(request) {
			const key = searchStateKey(request.state);
			if (latest?.key !== key) {
				const plans = forgetOnFailure(rank(request), () => {
					if (latest?.plans === plans) latest = null;
				});
				latest = { key, plans };
			}
			return latest.plans;
		},
		preload(query) {
			return Promise.all([loadPagefind().then((module) => module.preload(query.pagefindQuery)), loadPrefixChunks(query)]);
		},
	};
}
