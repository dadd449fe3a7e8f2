/**
 * The part of Pagefind's JavaScript API (pagefind.js, Pagefind 1.6) that the search page and the
 * floor probe's pages call. Types only: the script itself is loaded in the browser.
 */
import type { SEARCH_RANKING } from './records.ts';

export interface PagefindResult {
	/** The page's id, which also names its search text (shards.ts searchTextPath). */
	id: string;
}

/** Filters of a search, by name: one value, or any of several (Pagefind's compound filter). */
export type PagefindFilters = Record<string, string | { any: string[] }>;

export interface PagefindSearch {
	results: PagefindResult[];
}

export interface PagefindApi {
	options(options: { noWorker?: boolean; ranking?: typeof SEARCH_RANKING }): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options?: { ranking?: typeof SEARCH_RANKING }): Promise<void>;
	preload(query: string): Promise<void>;
	/** A null query searches by the filters alone. */
	search(query: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
