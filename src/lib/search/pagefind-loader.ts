/**
 * Loads Pagefind for the search page: its script, its start-up files (early-fetch.ts) and the
 * shards merged into the primary index. Everything the page does to load Pagefind is here.
 */
import { EARLY_RESPONSE_HOOK, earlyResponses, startPagefindFiles } from './early-fetch.ts';
import { forgetOnFailure } from './forget-on-failure.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { SEARCH_LANGUAGE, SEARCH_RANKING } from './records.ts';
import { mergedShardPaths, PAGEFIND_SCRIPT_PATH, shardPath } from './shards.ts';

/** What the loader needs of the page; the defaults are the browser's. */
export interface PagefindLoaderOptions {
	/** How many shards the index has (the form's data-shards). */
	shards: number;
	/** Imports Pagefind's script. */
	importScript?: (url: string) => Promise<PagefindApi>;
	/** Fetches a start-up file. */
	fetchFile?: (url: string) => Promise<Response>;
	/** The page's address, against which Pagefind's paths are resolved. */
	pageUrl?: string;
	/** Where the patched pagefind.js finds the started responses (EARLY_RESPONSE_HOOK). */
	global?: object;
}

// A variable, so the bundler leaves Pagefind's own script alone.
const importPagefind = (url: string) => import(/* @vite-ignore */ url) as Promise<PagefindApi>;

/**
 * @param options the index's shards, and the page's means of loading (the browser's by default)
 * @returns loads Pagefind, set up and with every shard merged; the same promise on every call
 *   while it has not failed, a new try after a failure
 */
export function pagefindLoader({
	shards,
	importScript = importPagefind,
	fetchFile = (url) => fetch(url),
	pageUrl = globalThis.location?.href,
	global = globalThis,
}: PagefindLoaderOptions): () => Promise<PagefindApi> {
	let pagefind: Promise<PagefindApi> | null = null;
	let failedImports = 0;
	return () => {
		if (pagefind) return pagefind;
		// The browser keeps a module that failed to load as failed for the page's life: a retry
		// imports it under another address (Pagefind finds its files from the script's folder).
		const url = failedImports === 0 ? PAGEFIND_SCRIPT_PATH : `${PAGEFIND_SCRIPT_PATH}?retry=${failedImports}`;
		// Pagefind's entries, metadata and WebAssembly load alongside its script (early-fetch.ts).
		const responses = earlyResponses(fetchFile, pageUrl);
		Object.assign(global, { [EARLY_RESPONSE_HOOK]: responses.take });
		startPagefindFiles(responses, [shardPath(0), ...mergedShardPaths(shards)], SEARCH_LANGUAGE);
		// Without its worker Pagefind saves a script and a round trip before the first results.
		pagefind = forgetOnFailure(
			importScript(url).then(async (module) => {
				await module.options({ noWorker: true, ranking: SEARCH_RANKING });
				await module.init();
				// Each shard ranks its own plans, so each needs the same settings. The shards load
				// side by side (each fetches its entry, then its metadata); Pagefind keeps them in the
				// order of these calls, which it makes at once.
				await Promise.all(mergedShardPaths(shards).map((path) => module.mergeIndex(path, { ranking: SEARCH_RANKING })));
				return module;
			}),
			() => {
				pagefind = null;
				failedImports += 1;
			},
		);
		return pagefind;
	};
}
