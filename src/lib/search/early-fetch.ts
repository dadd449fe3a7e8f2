/**
 * Pagefind's start-up files, requested by the search page together with Pagefind's script rather
 * than after it. Alone, Pagefind requests its entry file once its script has loaded and run, and
 * its metadata and WebAssembly once the entry has arrived; the shards merged into it (above 1,000
 * plans) start only once the WebAssembly is there. The search page starts these
 * requests when it starts loading the script, and the build's patch to pagefind.js
 * (scripts/lib/pagefind-script.ts) makes Pagefind take a response the page has started for the
 * same file instead of requesting it again. Pagefind still decides what it loads: a file it does
 * not ask for costs one wasted request, whose response nobody reads (its connection stays open
 * until the page lets it go), and one it asks for that the page did not start, it fetches itself.
 */

/** The global function the search page sets and the patched pagefind.js asks for a started response. */
export const EARLY_RESPONSE_HOOK = 'pagefindEarlyResponse';

/** What a Pagefind entry file (pagefind-entry.json) says of each index language. */
interface PagefindEntry {
	languages?: Record<string, { hash?: unknown; wasm?: unknown } | undefined>;
}

/**
 * @param basePath an index's folder, e.g. /pagefind/
 * @returns its entry file's path
 */
export function entryPath(basePath: string): string {
	return `${basePath}pagefind-entry.json`;
}

/**
 * The files Pagefind's init loads once it has read the entry, named as Pagefind names them.
 * @param basePath the index's folder
 * @param entry the entry file's JSON
 * @param language the index language the page's Pagefind picks
 * @param withWasm whether this index loads the WebAssembly (the primary one; merged ones share it)
 * @returns the paths: none when the entry has no index of that language (Pagefind then falls back
 *   to another, which it fetches itself)
 */
export function startupPaths(basePath: string, entry: unknown, language: string, withWasm: boolean): string[] {
	const index = (entry as PagefindEntry | null)?.languages?.[language];
	if (typeof index?.hash !== 'string') return [];
	const meta = `${basePath}pagefind.${index.hash}.pf_meta`;
	return withWasm ? [meta, `${basePath}wasm.${typeof index.wasm === 'string' ? index.wasm : 'unknown'}.pagefind`] : [meta];
}

/** Started requests, each handed out once, to the first request for the same path. */
export interface EarlyResponses {
	/**
	 * Starts a request, unless one for the path is waiting to be taken, or Pagefind has already
	 * asked for the path: it then fetched the file itself, and a response nobody reads would
	 * only download the file twice and hold its connection open.
	 * @param path the file's path; a query (Pagefind's cache-buster on its entry) is ignored
	 *   when it is taken
	 * @param query appended to the request, e.g. ?ts=…
	 * @returns the response on its way, or undefined when Pagefind has asked for the path already
	 */
	start(path: string, query?: string): Promise<Response> | undefined;
	/**
	 * @param url a URL or path Pagefind is about to fetch
	 * @returns the started response for its path, then forgotten; undefined when there is none
	 */
	take(url: string): Promise<Response> | undefined;
}

/**
 * @param fetchFile how a request is made (the browser's fetch)
 * @param base the page's address, against which paths are resolved
 * @returns an empty set of started requests
 */
export function earlyResponses(fetchFile: (url: string) => Promise<Response>, base: string): EarlyResponses {
	const started = new Map<string, Promise<Response>>();
	// Pagefind can read an entry before the page does, and ask for the files it names first.
	const askedFor = new Set<string>();
	const pathOf = (url: string) => new URL(url, base).pathname;
	return {
		start(path, query = '') {
			const key = pathOf(path);
			if (askedFor.has(key)) return undefined;
			let response = started.get(key);
			if (!response) {
				response = fetchFile(`${path}${query}`);
				// A failure is Pagefind's to report, when it takes the response; until then, or if it
				// never does, it is no unhandled rejection.
				response.catch(() => undefined);
				started.set(key, response);
			}
			return response;
		},
		take(url) {
			const key = pathOf(url);
			askedFor.add(key);
			const response = started.get(key);
			started.delete(key);
			return response;
		},
	};
}

/**
 * Starts the entry of each index, and once an entry has arrived, the files Pagefind will load
 * after it (startupPaths).
 * @param responses where the requests are kept for Pagefind
 * @param basePaths the indexes' folders, the primary first
 * @param language the index language
 * @param now the time, for the entry's cache-buster, which Pagefind also adds: a cached entry
 *   could name files a later build has removed
 */
export function startPagefindFiles(responses: EarlyResponses, basePaths: readonly string[], language: string, now = Date.now()): void {
	basePaths.forEach((basePath, shard) => {
		responses
			.start(entryPath(basePath), `?ts=${now}`)
			// Read from a copy made as the response arrives, before Pagefind reads the original.
			?.then((response) => (response.ok ? response.clone().json() : null))
			.then((entry: unknown) => {
				for (const path of startupPaths(basePath, entry, language, shard === 0)) responses.start(path);
			})
			.catch(() => undefined);
	});
}

