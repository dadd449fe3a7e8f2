import type { Browser, Page, Request } from 'playwright-core';
import { median } from './site-metrics.ts';

/** Queries of the probe: the domain words a visitor searches for (see ../shared/BRIEF.md). */
export const PROBE_QUERIES = [
	'家庭医生签约', '中医药', '妇幼健康', '孕产妇死亡率', '医共体', '健康扶贫', '艾滋病', '疫苗', '结核病',
	'医养结合', '互联网+医疗健康', '5岁以下儿童死亡率', 'HPV', 'DRG',
] as const;

/** What the probe measured, for the benchmark's JSON line. */
export interface SearchMetrics {
	/** Queries run. */
	queries: number;
	/** Queries that showed no result within the timeout (they are left out of the times). */
	no_results: string[];
	/** The input's debounce, left out of every time below: it is a typing delay, not search work. */
	debounce_ms_excluded: number;
	/** Bytes the search page itself loads before a query (HTML, CSS, Pagefind's UI script). */
	page_bytes: number;
	/** First query on a freshly opened page, from input to the first result shown with its link. */
	first_results_ms_median: number;
	first_results_ms_max: number;
	/** Bytes transferred from that first query until the network is idle. */
	first_search_bytes: number;
	/** Later queries on a page that has already searched once. */
	later_search_ms_median: number;
	later_search_ms_max: number;
	later_search_bytes_median: number;
}

/** A page with a counter of the bytes it received (headers and bodies, uncompressed as served). */
interface ProbePage {
	page: Page;
	/** Bytes transferred so far. */
	bytes: () => number;
	/** Resolves once no request has been in flight for a while. */
	idle: () => Promise<void>;
}

const RESULT_TIMEOUT_MS = 20_000;
const IDLE_MS = 400;
/** A request that never ends (none is expected) must not hang the benchmark. */
const IDLE_TIMEOUT_MS = 10_000;

/**
 * Measures Pagefind search on /search/ as a visitor meets it: each query first on a fresh page with
 * an empty cache, then all of them one after another on one page.
 * @param browser a launched Chromium
 * @param siteUrl base URL of the served site
 * @param queries the queries
 * @returns times and bytes
 */
export async function probeSearch(browser: Browser, siteUrl: string, queries: readonly string[] = PROBE_QUERIES): Promise<SearchMetrics> {
	const firstTimes: number[] = [];
	const firstBytes: number[] = [];
	const pageBytes: number[] = [];
	const noResults = new Set<string>();
	let debounce = 0;
	for (const query of queries) {
		const probe = await openProbePage(browser, siteUrl);
		debounce = await disableDebounce(probe.page);
		await probe.idle();
		const before = probe.bytes();
		pageBytes.push(before);
		const time = await timeSearch(probe.page, query);
		await probe.idle();
		if (time === null) noResults.add(query);
		else {
			firstTimes.push(time);
			firstBytes.push(probe.bytes() - before);
		}
		await probe.page.context().close();
	}

	const laterTimes: number[] = [];
	const laterBytes: number[] = [];
	const probe = await openProbePage(browser, siteUrl);
	await disableDebounce(probe.page);
	// Warm up: the first search loads Pagefind's code and index entry.
	await timeSearch(probe.page, queries[0]);
	for (const query of queries) {
		await probe.idle();
		const before = probe.bytes();
		const time = await timeSearch(probe.page, query);
		await probe.idle();
		if (time === null) continue;
		laterTimes.push(time);
		laterBytes.push(probe.bytes() - before);
	}
	await probe.page.context().close();

	const ms = (value: number) => Math.round(value);
	return {
		queries: queries.length,
		no_results: [...noResults],
		debounce_ms_excluded: debounce,
		page_bytes: median(pageBytes),
		first_results_ms_median: ms(median(firstTimes)),
		first_results_ms_max: ms(Math.max(0, ...firstTimes)),
		first_search_bytes: median(firstBytes),
		later_search_ms_median: ms(median(laterTimes)),
		later_search_ms_max: ms(Math.max(0, ...laterTimes)),
		later_search_bytes_median: median(laterBytes),
	};
}

async function openProbePage(browser: Browser, siteUrl: string): Promise<ProbePage> {
	// A new context starts with an empty cache; the static server also sends no-store.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	let bytes = 0;
	let inFlight = 0;
	let lastChange = Date.now();
	const counted = (request: Request) => !request.url().startsWith('data:');
	// Page events include the requests of Pagefind's web worker, which fetches the index chunks.
	page.on('request', (request) => {
		if (!counted(request)) return;
		inFlight++;
		lastChange = Date.now();
	});
	page.on('requestfinished', async (request) => {
		if (!counted(request)) return;
		const sizes = await request.sizes();
		bytes += sizes.responseHeadersSize + sizes.responseBodySize;
		inFlight--;
		lastChange = Date.now();
	});
	page.on('requestfailed', (request) => {
		if (!counted(request)) return;
		inFlight--;
		lastChange = Date.now();
	});
	await page.goto(`${siteUrl}/search/`);
	await page.locator('pagefind-input input').waitFor({ state: 'visible' });
	return {
		page,
		bytes: () => bytes,
		idle: async () => {
			const started = Date.now();
			while ((inFlight > 0 || Date.now() - lastChange < IDLE_MS) && Date.now() - started < IDLE_TIMEOUT_MS) await page.waitForTimeout(50);
		},
	};
}

/**
 * Sets the input's debounce to 0 (the component reads the property on every input event), so the
 * times measure search work and rendering, not the pause the UI waits for while someone types.
 * @returns the debounce the page had configured, in ms
 */
async function disableDebounce(page: Page): Promise<number> {
	return page.evaluate(async () => {
		await customElements.whenDefined('pagefind-input');
		const input = document.querySelector('pagefind-input') as (HTMLElement & { debounce?: number }) | null;
		const configured = input?.debounce ?? 0;
		if (input) input.debounce = 0;
		return configured;
	});
}

/**
 * Clears the results, puts the query into the input at once (as a paste does) and times, inside
 * the page, how long until the first result is shown with its link.
 * @returns milliseconds, or null when no result appeared within the timeout
 */
async function timeSearch(page: Page, query: string): Promise<number | null> {
	return page.evaluate(
		async ({ query, timeout }) => {
			const input = document.querySelector<HTMLInputElement>('pagefind-input input');
			if (!input) throw new Error('pagefind-input input not found');
			const shown = () => document.querySelector('pagefind-results li.pf-result .pf-result-link');
			input.value = '';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			const cleared = performance.now();
			while (shown() && performance.now() - cleared < timeout) await new Promise((done) => setTimeout(done, 10));
			return new Promise<number | null>((done) => {
				const started = performance.now();
				const observer = new MutationObserver(() => {
					if (!shown()) return;
					observer.disconnect();
					clearTimeout(timer);
					done(performance.now() - started);
				});
				const timer = setTimeout(() => {
					observer.disconnect();
					done(null);
				}, timeout);
				observer.observe(document.body, { childList: true, subtree: true, attributes: true });
				input.value = query;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			});
		},
		{ query, timeout: RESULT_TIMEOUT_MS },
	);
}
