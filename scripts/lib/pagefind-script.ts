import { EARLY_RESPONSE_HOOK } from '../../src/lib/search/early-fetch.ts';

/**
 * Patches to Pagefind's browser script (pagefind.js, 1.6.0 as pinned), applied when the index is
 * written, each measured on a visitor's first search.
 *
 * - Readiness polls: Pagefind starts loading its WebAssembly and metadata when the page calls
 *   init(), but init() returns before they are ready, and every later call waits for them in a
 *   loop that sleeps 50 ms between checks (getPtr, and mergeIndex for the shards). A first search
 *   therefore started up to 50 ms after Pagefind was ready: 24–45 ms in four arrivals at the
 *   search page with a query, at 1,000 plans. Checking every few milliseconds instead costs a
 *   handful of timer callbacks while Pagefind loads.
 * - Decompression: Pagefind's files are gzip, and Pagefind inflates them in JavaScript (its
 *   bundled inflater), which on a first search runs cold on the WebAssembly (55 KB), the metadata
 *   and every index chunk: about 40 ms of the main thread in an arrival's profile. The browser's
 *   own DecompressionStream does the same natively. Pagefind's inflater stays the fallback for
 *   a browser without it, and for files already decompressed.
 * - Early responses: Pagefind requests its entry file only once its script has run, and its
 *   metadata and WebAssembly only once the entry has arrived. The search page starts these
 *   requests together with the script's (src/lib/search/early-fetch.ts); Pagefind's fetch takes
 *   the response the page started for a file, when there is one, instead of requesting it again.
 * - No segmenter for the site's queries: Pagefind runs every query of a Chinese page through the
 *   browser's word segmenter, whose first construction in a page takes 32–40 ms of the main
 *   thread here. The site's queries are letter codes split at their spaces (ENCODED_QUERY), which
 *   the segmenter would split the same way; they take Pagefind's path for browsers without one.
 *
 * The build fails here, with the reason, if a Pagefind upgrade changes the patched code, rather
 * than shipping a script patched in the wrong place.
 */

/** The loops as Pagefind 1.6.0 writes them, each with its 50 ms sleep. */
const READINESS_LOOPS = ['while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}', 'while(this.primary.wasm===null){await asyncSleep(50);}'];

/** How long the patched loops sleep between checks, in ms. */
export const READINESS_POLL_MS = 4;

/**
 * Where Pagefind 1.6.0 decompresses what a search waits for, each in an async method: its
 * metadata, its WebAssembly, and each index or filter chunk. Fragments, which this site never
 * loads (results come from its own search texts), are left alone.
 */
const DECOMPRESS_CALLS = ['this.searchMeta=this.decompress(', 'const final_wasm=this.decompress(', 'let chunk=this.decompress('];

/** Pagefind's own decompress method, before which the native one is added. */
const DECOMPRESS_METHOD = 'decompress(data,file="unknown file"){';

/** The name of the added method, which the patched calls await. */
export const NATIVE_DECOMPRESS_METHOD = 'decompressNatively';

/**
 * Gunzips natively, then hands the result to Pagefind's decompress, which finds it decompressed
 * and strips Pagefind's signature (or reports a file that is not Pagefind's). Should the native
 * path fail, Pagefind's own inflater gets the file, as it did before the patch.
 */
const NATIVE_DECOMPRESS = `async ${NATIVE_DECOMPRESS_METHOD}(data,file){if(typeof DecompressionStream!=="function"||this.decoder.decode(data.slice(0,12))==="pagefind_dcd")return this.decompress(data,file);let inflated;try{const stream=new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"));inflated=new Uint8Array(await new Response(stream).arrayBuffer());}catch{return this.decompress(data,file);}return this.decompress(inflated,file);}`;

/**
 * @param script Pagefind's script
 * @param from code that must occur exactly once
 * @param to its replacement
 * @returns the script with `from` replaced
 * @throws when `from` is not in the script exactly once (another Pagefind version)
 */
function replaceOnce(script: string, from: string, to: string): string {
	const found = script.split(from).length - 1;
	if (found !== 1) {
		throw new Error(
			`pagefind.js 中应恰好有 1 处 “${from}”，实际 ${found} 处：Pagefind 的版本与 package.json 锁定的 1.6.0 不同？请核对 scripts/lib/pagefind-script.ts 的补丁后再构建。`,
		);
	}
	return script.replace(from, () => to);
}

/**
 * @param script pagefind.js as Pagefind wrote it
 * @returns the script with each readiness loop checking every READINESS_POLL_MS
 * @throws when a loop is not in the script exactly once (another Pagefind version)
 */
export function shortenReadinessPolls(script: string): string {
	return READINESS_LOOPS.reduce((patched, loop) => replaceOnce(patched, loop, loop.replace('asyncSleep(50)', `asyncSleep(${READINESS_POLL_MS})`)), script);
}

/**
 * @param script pagefind.js as Pagefind wrote it
 * @returns the script decompressing its metadata, WebAssembly and chunks with the browser's
 *   DecompressionStream where there is one
 * @throws when a patched call or Pagefind's decompress method is not in the script exactly once
 */
export function decompressNatively(script: string): string {
	const withMethod = replaceOnce(script, DECOMPRESS_METHOD, NATIVE_DECOMPRESS + DECOMPRESS_METHOD);
	return DECOMPRESS_CALLS.reduce((patched, call) => replaceOnce(patched, call, call.replace('this.decompress(', `await this.${NATIVE_DECOMPRESS_METHOD}(`)), withMethod);
}

/** Where Pagefind 1.6.0 makes every request, in its fetch queue. */
const FETCH_CALL = 'const response=await fetch(queued.input);';

/**
 * @param script pagefind.js as Pagefind wrote it
 * @returns the script taking, for each file, the response the page started for it, if any
 *   (EARLY_RESPONSE_HOOK); without the page's hook it fetches as before
 * @throws when Pagefind's fetch call is not in the script exactly once (another Pagefind version)
 */
export function takeEarlyResponses(script: string): string {
	return replaceOnce(script, FETCH_CALL, `const response=await(globalThis.${EARLY_RESPONSE_HOOK}?.(queued.input)??fetch(queued.input));`);
}

/** Where Pagefind 1.6.0 starts running a query through the browser's word segmenter. */
const SEGMENTATION_START = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';

/**
 * A query as the site sends it (query.ts pagefindQuery): space-separated tokens of lower-case
 * letters and digits (Han characters are written as letter codes, tokenize.ts encodeToken), or
 * a lone plus sign. Segmenting such a query splits it at its spaces and nowhere else.
 */
export const ENCODED_QUERY = /^\s*(?:(?:[a-z0-9]+|\+)(?:\s+|$))*$/;

/**
 * @param script pagefind.js as Pagefind wrote it
 * @returns the script not segmenting a query that ENCODED_QUERY matches: it takes Pagefind's
 *   path for a browser without Intl.Segmenter, which keeps each character (lower-cased, without
 *   punctuation) and the spaces
 * @throws when Pagefind's segmentation is not in the script exactly once (another Pagefind version)
 */
export function skipSegmentingEncodedQueries(script: string): string {
	return replaceOnce(script, SEGMENTATION_START, SEGMENTATION_START.replace('){', `&&!/${ENCODED_QUERY.source}/.test(term)){`));
}

/**
 * @param script pagefind.js as Pagefind wrote it
 * @returns the script with every patch of this module
 */
export function patchPagefindScript(script: string): string {
	return skipSegmentingEncodedQueries(takeEarlyResponses(decompressNatively(shortenReadinessPolls(script))));
}
