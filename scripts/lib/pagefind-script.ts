/**
 * Shortens the readiness polls of Pagefind's browser script (pagefind.js, 1.6.0 as pinned).
 *
 * Pagefind starts loading its WebAssembly and metadata when the page calls init(), but init()
 * returns before they are ready, and every later call waits for them in a loop that sleeps 50 ms
 * between checks (getPtr, and mergeIndex for the shards). A first search therefore starts up to
 * 50 ms after Pagefind is ready: 24–45 ms in four arrivals at the search page with a query, at
 * 1,000 plans. Checking every few milliseconds instead costs a handful of timer callbacks while
 * Pagefind loads. The build fails here, with the reason, if a Pagefind upgrade changes these
 * loops, rather than shipping a script patched in the wrong place.
 */

/** The loops as Pagefind 1.6.0 writes them, each with its 50 ms sleep. */
const READINESS_LOOPS = ['while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}', 'while(this.primary.wasm===null){await asyncSleep(50);}'];

/** How long the patched loops sleep between checks, in ms. */
export const READINESS_POLL_MS = 4;

/**
 * @param script pagefind.js as Pagefind wrote it
 * @returns the script with each readiness loop checking every READINESS_POLL_MS
 * @throws when a loop is not in the script exactly once (another Pagefind version)
 */
export function shortenReadinessPolls(script: string): string {
	let patched = script;
	for (const loop of READINESS_LOOPS) {
		const found = patched.split(loop).length - 1;
		if (found !== 1) {
			throw new Error(
				`pagefind.js 中应恰好有 1 处 “${loop}”，实际 ${found} 处：Pagefind 的版本与 package.json 锁定的 1.6.0 不同？请核对 scripts/lib/pagefind-script.ts 的补丁后再构建。`,
			);
		}
		patched = patched.replace(loop, loop.replace('asyncSleep(50)', `asyncSleep(${READINESS_POLL_MS})`));
	}
	return patched;
}
