/**
 * Loads Pagefind for the search page: its script, as Pagefind ships it, and the shards merged
 * into the primary index. Everything the page does to load Pagefind is here.
 */
import { forgetOnFailure } from './forget-on-failure.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { SEARCH_RANKING } from './records.ts';
import { mergedShardPaths, PAGEFIND_SCRIPT_PATH } from './shards.ts';
import { withBase } from '../site-path.ts';

/** What the loader needs of the page; the default is the browser's. */
export interface PagefindLoaderOptions {
	/** How many shards the index has (the form's data-shards). */
	shards: number;
	/** Imports Pagefind's script. */
	importScript?: (url: string) => Promise<PagefindApi>;
}

// A variable, so the bundler leaves Pagefind's own script alone.
const importPagefind = (url: string) => import(/* @vite-ignore */ url) as Promise<PagefindApi>;

/**
 * @param options the index's shards, and the page's means of importing (the browser's by default)
 * @returns loads Pagefind, set up and with every shard merged; the same promise on every call
 *   while it has not failed, a new try after a failure
 */
export function pagefindLoader({ shards, importScript = importPagefind }: PagefindLoaderOptions): () => Promise<PagefindApi> {
	let pagefind: Promise<PagefindApi> | null = null;
	let failedImports = 0;
	return () => {
		if (pagefind) return pagefind;
		// The browser keeps a module that failed to load as failed for the page's life: a retry
		// imports it under another address (Pagefind finds its files from the script's folder).
		const script = withBase(PAGEFIND_SCRIPT_PATH);
		const url = failedImports === 0 ? script : `${script}?retry=${failedImports}`;
		// Without its worker Pagefind saves a script and a round trip before the first results.
		pagefind = forgetOnFailure(
			importScript(url).then(async (module) => {
				await module.options({ noWorker: true, ranking: SEARCH_RANKING });
				await module.init();
				// Each shard ranks its own plans, so each needs the same settings. The shards load
				// side by side (each fetches its entry, then its metadata); Pagefind keeps them in the
				// order of these calls, which it makes at once.
				await Promise.all(mergedShardPaths(shards).map((path) => module.mergeIndex(withBase(path), { ranking: SEARCH_RANKING })));
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
