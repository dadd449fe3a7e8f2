/**
 * Where the search index lives. Pagefind keeps a whole index in memory while it writes it (a few
 * GB per 1,000 plans), so plans are indexed in shards of at most PLANS_PER_SHARD, one after the
 * other; the browser merges the shards (Pagefind's mergeIndex). Up to that many plans there is
 * one index.
 */
export const PLANS_PER_SHARD = 1000;

/**
 * The most plans for which the search page searches ahead while the visitor types
 * (search-controller.ts). Each state of the box is then searched at once, on the main thread: with
 * a few thousand plans a search takes long enough to hold up the characters being typed, with a
 * thousand it does not.
 */
export const SEARCH_AHEAD_MAX_PLANS = 1000;

/**
 * @param plans how many plans the site has
 * @returns whether its search page searches ahead while the visitor types
 */
export function searchesAhead(plans: number): boolean {
	return plans <= SEARCH_AHEAD_MAX_PLANS;
}

/**
 * @param plans how many plans the site has
 * @param perShard plans per shard
 * @returns how many index shards they are written in
 */
export function shardCount(plans: number, perShard = PLANS_PER_SHARD): number {
	return Math.max(1, Math.ceil(plans / perShard));
}

/**
 * @param items the plans, in index order
 * @param perShard plans per shard
 * @returns them cut into shards, at least one
 */
export function splitIntoShards<T>(items: readonly T[], perShard = PLANS_PER_SHARD): T[][] {
	return Array.from({ length: shardCount(items.length, perShard) }, (_, shard) => items.slice(shard * perShard, (shard + 1) * perShard));
}

/**
 * @param shards how many shards the index has
 * @returns the paths of the shards the browser merges into the first one
 */
export function mergedShardPaths(shards: number): string[] {
	return Array.from({ length: shards - 1 }, (_, index) => shardPath(index + 1));
}

/** The folders of the shards after the first, inside the first one: shard-1, shard-2 … */
export const SHARD_FOLDER_PREFIX = 'shard-';

/**
 * @param shard the shard's number, from 0
 * @returns the URL path of its Pagefind index; the first is Pagefind's usual place, whose
 *   pagefind.js the browser loads
 */
export function shardPath(shard: number): string {
	return shard === 0 ? '/pagefind/' : `/pagefind/${SHARD_FOLDER_PREFIX}${shard}/`;
}

/** Pagefind's script, in the primary shard's folder, from which it finds its files. */
export const PAGEFIND_SCRIPT_PATH = `${shardPath(0)}pagefind.js`;

/** The search page, whose folder also holds the search's own data files below. */
export const SEARCH_PAGE_PATH = '/search/';

/** The folder of the plans' search texts (records.ts SearchText), one file per Pagefind page. */
export const SEARCH_TEXT_PATH = `${SEARCH_PAGE_PATH}text/`;

/**
 * @param pageId the id Pagefind gives a result (its page hash, e.g. zh-cn_2cf8877)
 * @returns the URL path of the plan's search text
 */
export function searchTextPath(pageId: string): string {
	return `${SEARCH_TEXT_PATH}${pageId}.json`;
}

/** Each Pagefind page's plan year (0 when unknown), for sorting results by year in the browser. */
export const SEARCH_YEARS_PATH = `${SEARCH_PAGE_PATH}years.json`;

/**
 * Where each index chunk of each shard starts (a list per shard, in order; see chunks.ts): the
 * page loads every chunk a prefix term reaches, which Pagefind alone does not.
 */
export const SEARCH_CHUNK_STARTS_PATH = `${SEARCH_PAGE_PATH}chunk-starts.json`;
