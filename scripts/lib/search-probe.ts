import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { chunkLoadTerms } from '../../src/lib/search/chunks.ts';
import { containsAnyTerm } from '../../src/lib/search/excerpt.ts';
import { hitFinder } from '../../src/lib/search/hits.ts';
import { prepareQuery, withSynonyms, type SynonymGroups } from '../../src/lib/search/query.ts';
import { itemRecordParts, joinRecordText, planRecordParts, type SearchText } from '../../src/lib/search/records.ts';
import { mergedShardPaths, PAGEFIND_SCRIPT_PATH, SEARCH_CHUNK_STARTS_PATH, SEARCH_PAGE_PATH, searchTextPath } from '../../src/lib/search/shards.ts';
import { median } from './site-metrics.ts';

/**
 * The probe's fixed queries: the eleven compared with default Pagefind (src/lib/search/README.md), then domain
 * terms, abbreviations with curated synonyms, mixed forms with digits and Latin letters, and a
 * non-word (医中) that only items containing exactly that string may return.
 */
export const PROBE_QUERIES = [
	'家庭医生签约', '中医药', '妇幼健康', '孕产妇死亡率', '医共体', '健康扶贫', '艾滋病', '疫苗', '结核病', '医养结合', '互联网+医疗健康',
	'5岁以下儿童死亡率', '0-3岁', 'HPV', 'DRG', '互联网+', '家医', '两癌', '医联体', '分级诊疗', '公共卫生', '慢性病', '计划生育',
	'食品安全', '职业病', '精神卫生', '健康城市', '心理健康', '婴儿死亡率', '产前筛查', '签约率', '健康素养', '出生缺陷', '严重精神障碍', '医中',
] as const;

/** A record of the index as plain text, with its plan's year. */
export interface SearchableRecord {
	url: string;
	text: string;
	year: number | null;
}

/** One query's measurement. */
export interface QueryProbe {
	query: string;
	expected: number;
	found: number;
	/** Share of the checked results whose text holds the query or a curated synonym of it. */
	precision: number;
	/** Share of the expected items that were found (every URL compared). */
	recall: number;
	/**
	 * Time from submitting the query to the rendered results, first search of a visit on the search
	 * page: the query is pasted and submitted at once, so Pagefind, which the page starts loading
	 * when the box is focused, loads a few milliseconds before the submit and the rest after it.
	 */
	firstResultsMs?: number;
	/**
	 * Time from the start of the navigation to /search/?q=<query> (where the search box of the
	 * home page and the 404 page sends a query) to the rendered results: the search page,
	 * Pagefind, the index and the texts all load after the visitor submitted.
	 */
	arrivalResultsMs?: number;
	/** The same, submitted a second after the visitor focused the search box. */
	focusedResultsMs?: number;
	/** Bytes transferred until the first results were shown (Pagefind's script, wasm and index; the search texts and other data under /search/). */
	firstSearchBytes?: number;
	/** Time to results for the next query of the list, in the page that has just searched this one. */
	laterResultsMs?: number;
}

/** Reads one of a built site's open data files (data/). */
const readOpenData = <T>(dist: string, name: string): T => JSON.parse(readFileSync(join(dist, 'data', name), 'utf8')) as T;

/**
 * Reads the records a built site's index holds, as plain text, from its open data.
 * @param dist a built site
 * @returns the records and the synonym groups
 */
export function readSearchableRecords(dist: string): { records: SearchableRecord[]; synonyms: SynonymGroups } {
	const plans = readOpenData<{ id: string; title: string; agency: string | null; lead: string; year: number | null; url: string }[]>(dist, 'plans.json');
	const items = readOpenData<{ plan: string; number: string | null; title: string; text: string; url: string }[]>(dist, 'items.json');
	const yearOfPlan = new Map(plans.map((plan) => [plan.id, plan.year]));
	return {
		records: [
			...plans.map((plan) => ({ url: plan.url, text: joinRecordText(planRecordParts(plan)), year: plan.year })),
			...items.map((item) => ({ url: item.url, text: joinRecordText(itemRecordParts(item)), year: yearOfPlan.get(item.plan) ?? null })),
		],
		synonyms: readSynonyms(dist),
	};
}

/**
 * @param dist a built site
 * @returns the synonym groups it publishes
 */
export function readSynonyms(dist: string): SynonymGroups {
	return readOpenData<string[][]>(dist, 'synonyms.json');
}

/**
 * Measures search precision and recall for each query against a built site: Pagefind's own
 * script in Chromium runs the site's query over every shard, and the site's own code (hitFinder)
 * turns the search texts of all the plans found into the results a visitor would see; these are
 * compared, URL by URL, with the records whose text holds the query or a synonym of it. Then the
 * visitor's timings and bytes are measured through the search page itself.
 * @param browser a launched Chromium
 * @param siteUrl where the built site is served (127.0.0.1)
 * @param dist the built site on disk
 * @param queries the queries
 * @returns one measurement per query
 */
export async function probeSearch(browser: Browser, siteUrl: string, dist: string, queries: readonly string[] = PROBE_QUERIES): Promise<QueryProbe[]> {
	const probes = await probeRecall(browser, siteUrl, dist, queries);
	for (const [index, probe] of probes.entries()) {
		Object.assign(probe, await timeSearches(browser, siteUrl, probe.query, probes[(index + 1) % probes.length].query));
	}
	return probes;
}

/** A query's timings and bytes (see QueryProbe). */
export type SearchTimings = Required<Pick<QueryProbe, 'firstResultsMs' | 'focusedResultsMs' | 'firstSearchBytes' | 'laterResultsMs' | 'arrivalResultsMs'>>;

/**
 * Times a visitor's searches for a query through the search page (see QueryProbe).
 * @param browser a launched Chromium
 * @param siteUrl where the built site is served (127.0.0.1)
 * @param query the query
 * @param nextQuery the query searched after it, in the same page (the later search)
 * @returns the timings and bytes
 */
export async function timeSearches(browser: Browser, siteUrl: string, query: string, nextQuery: string): Promise<SearchTimings> {
	return { ...(await timeVisitorSearch(browser, siteUrl, query, nextQuery)), arrivalResultsMs: await timeArrival(browser, siteUrl, query) };
}

/**
 * Measures precision and recall only (see probeSearch).
 * @param browser a launched Chromium
 * @param siteUrl where the built site is served (127.0.0.1)
 * @param dist the built site on disk
 * @param queries the queries
 * @returns one measurement per query, without timings
 */
export async function probeRecall(browser: Browser, siteUrl: string, dist: string, queries: readonly string[]): Promise<QueryProbe[]> {
	const { records, synonyms } = readSearchableRecords(dist);
	const probes: QueryProbe[] = [];
	const chunkStarts = JSON.parse(readFileSync(join(dist, SEARCH_CHUNK_STARTS_PATH), 'utf8')) as string[][];
	const texts = new Map<string, SearchText>();
	const readText = (id: string): SearchText => {
		if (!texts.has(id)) texts.set(id, JSON.parse(readFileSync(join(dist, searchTextPath(id)), 'utf8')) as SearchText);
		return texts.get(id)!;
	};
	for (const query of queries) {
		const terms = withSynonyms([query], synonyms);
		const expected = records.filter((record) => containsAnyTerm(record.text, terms));
		const prepared = prepareQuery(query, synonyms);
		// A fresh page for every query, as a visitor's first search: what earlier searches
		// loaded into Pagefind must not help (or the probe would hide a search that misses).
		const apiPage = await browser.newPage();
		await apiPage.goto(`${siteUrl}/search/`);
		const shards = Number(await apiPage.locator('#search-form').getAttribute('data-shards'));
		const ids = await apiPage.evaluate(
			async ({ pagefindQuery, chunkTerms, pagefindUrl, shardPaths }) => {
				const pagefind = await import(pagefindUrl);
				await pagefind.options({ noWorker: true });
				await pagefind.init();
				for (const path of shardPaths) await pagefind.mergeIndex(path);
				// As the search page does (loadPrefixChunks): the chunks of its prefix terms first.
				if (chunkTerms.length > 0) await pagefind.preload(chunkTerms.join(' '));
				const search = await pagefind.search(pagefindQuery);
				return ((search?.results ?? []) as { id: string }[]).map((result) => result.id);
			},
			{ pagefindQuery: prepared.pagefindQuery, chunkTerms: chunkLoadTerms(chunkStarts, prepared.prefixTokens), pagefindUrl: PAGEFIND_SCRIPT_PATH, shardPaths: mergedShardPaths(shards) },
		);
		await apiPage.close();
		// The plans' search texts, as the search page fetches them by the ids Pagefind returned.
		const hitsOf = hitFinder(prepared, synonyms);
		const shown = ids.flatMap((id) => hitsOf(readText(id)));
		const relevant = shown.filter((hit) => containsAnyTerm(joinRecordText(hit), terms)).length;
		const expectedUrls = new Set(expected.map((record) => record.url));
		probes.push({
			query,
			expected: expected.length,
			found: shown.length,
			precision: shown.length === 0 ? (expected.length === 0 ? 1 : 0) : relevant / shown.length,
			recall: expected.length === 0 ? 1 : shown.filter((hit) => expectedUrls.has(hit.url)).length / expected.length,
		});
	}
	return probes;
}

/** Where timeVisitorSearch searches, and how fast its visitor is. */
export interface VisitorSearchOptions {
	/**
	 * The page searched on: the search page, or another page with the same search box and result
	 * list (the ids search-q and search-results), such as the floor probe's (search-floor.ts).
	 */
	pagePath?: string;
	/**
	 * A pause between filling the box and pressing Enter in the later search, as a person makes
	 * (the probe's own later search has none: Enter follows the input by the 30-50 ms of
	 * Playwright's round trips).
	 */
	laterPauseMs?: number;
}

/** How long a visitor has had the search box focused before submitting, in the focused timing. */
const FOCUS_BEFORE_SUBMIT_MS = 1000;

/**
 * Times a visitor's searches on the search page, each in a fresh browser context (nothing cached):
 * the query pasted and submitted at once (filling the box focuses it, which starts Pagefind's
 * loading a few milliseconds before the submit; its WebAssembly, index and texts load after
 * it); the query submitted a second after the box was focused (the site starts loading
 * Pagefind on focus, as when a visitor clicks into the box and types); and, in the page of the
 * first search, the next query of the list (a later search).
 * @param browser a launched Chromium
 * @param siteUrl where the built site is served (127.0.0.1)
 * @param query the query
 * @param nextQuery the query of the later search
 * @param options where and how
 * @returns the timings and bytes, without the arrival
 */
export async function timeVisitorSearch(
	browser: Browser,
	siteUrl: string,
	query: string,
	nextQuery: string,
	{ pagePath = SEARCH_PAGE_PATH, laterPauseMs = 0 }: VisitorSearchOptions = {},
): Promise<Omit<SearchTimings, 'arrivalResultsMs'>> {
	const open = async () => {
		const context = await browser.newContext();
		const results = await reportedResults(context);
		const page = await context.newPage();
		const network = followRequests(page);
		await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
		return { context, page, network, results };
	};
	// Timed inside the page, from the Enter key's event to the first frame that shows the results
	// (or the finished search without any): Playwright's own round trips stay out of the figure.
	const submit = async ({ page, results }: Awaited<ReturnType<typeof open>>, text: string, pauseMs = 0) => {
		await page.locator('#search-q').fill(text);
		await page.evaluate(watchResults, { wanted: text, afterEnter: true, searchPage: SEARCH_PAGE_PATH, reportTo: REPORT_FUNCTION });
		if (pauseMs > 0) await page.waitForTimeout(pauseMs);
		await page.locator('#search-q').press('Enter');
		return results.next();
	};
	const cold = await open();
	const first = await submit(cold, query);
	// The first results start the filter lists' loading (every shard's filter files), which a
	// visitor reading the results does not wait for, but a search submitted at once would share
	// the network and the main thread with.
	await cold.network.quiet();
	const later = await submit(cold, nextQuery, laterPauseMs);
	await cold.context.close();
	const focused = await open();
	await focused.page.locator('#search-q').focus();
	await focused.page.waitForTimeout(FOCUS_BEFORE_SUBMIT_MS);
	const focusedResultsMs = (await submit(focused, query)).ms;
	await focused.context.close();
	return { firstResultsMs: first.ms, focusedResultsMs, firstSearchBytes: first.bytes, laterResultsMs: later.ms };
}

/** How long no request may be open before the network counts as quiet: Playwright's networkidle. */
const QUIET_NETWORK_MS = 500;
/** How long the probe waits for a quiet network before it gives up, rather than hang. */
const QUIET_NETWORK_TIMEOUT_MS = 30_000;

/**
 * Follows a page's requests from its opening, so that the probe can wait for a quiet network at
 * any point: Playwright's networkidle state, once reached, is reached for good, and waiting for
 * it again returns at once, whatever the page has started since.
 * @param page a page before its first navigation
 * @returns quiet(), which resolves once no request has been open for QUIET_NETWORK_MS, and
 *   throws if that has not happened within QUIET_NETWORK_TIMEOUT_MS
 */
function followRequests(page: Page): { quiet: () => Promise<void> } {
	const open = new Set<Request>();
	let changedAt = performance.now();
	const change = (update: (request: Request) => void) => (request: Request) => {
		update(request);
		changedAt = performance.now();
	};
	page.on('request', change((request) => open.add(request)));
	page.on('requestfinished', change((request) => open.delete(request)));
	page.on('requestfailed', change((request) => open.delete(request)));
	return {
		quiet: async () => {
			const deadline = performance.now() + QUIET_NETWORK_TIMEOUT_MS;
			while (open.size > 0 || performance.now() - changedAt < QUIET_NETWORK_MS) {
				if (performance.now() > deadline) {
					const paths = [...open].map((request) => new URL(request.url()).pathname).join('、');
					throw new Error(`搜索页 ${QUIET_NETWORK_TIMEOUT_MS / 1000} 秒内仍有未完成的请求（${open.size} 个：${paths}），探针停止。`);
				}
				await sleep(50);
			}
		},
	};
}

/**
 * Times a visitor who searches from the home page: in a fresh browser context the home page is
 * opened, the query typed into its search box and submitted, and the time runs from the start of
 * the navigation to /search/?q=<query> (the search page's time origin) to the first frame that
 * shows the results, watched from before the page's own script runs.
 */
function timeArrival(browser: Browser, siteUrl: string, query: string): Promise<number> {
	return timeArrivingSearch(browser, query, async (page) => {
		await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
		const box = page.getByRole('search').getByRole('searchbox');
		await box.fill(query);
		await Promise.all([page.waitForURL((url) => url.pathname === SEARCH_PAGE_PATH), box.press('Enter')]);
	});
}

/**
 * Times a visitor who opens a page with the query in its address (`<pagePath>?q=<query>`, as the
 * search box of the other pages sends it to the search page), in a fresh browser context, from
 * the start of the navigation to the first frame that shows the results. Unlike the probe's
 * arrival (timeArrival) the page is opened directly, so that the search page and the floor
 * probe's pages (search-floor.ts) are timed alike.
 * @param browser a launched Chromium
 * @param siteUrl where the built site is served (127.0.0.1)
 * @param pagePath the page
 * @param query the query
 * @returns the time to the results, in ms
 */
export function timeDirectArrival(browser: Browser, siteUrl: string, pagePath: string, query: string): Promise<number> {
	return timeArrivingSearch(browser, query, async (page) => {
		await page.goto(`${siteUrl}${pagePath}?q=${encodeURIComponent(query)}`);
	});
}

/**
 * @param browser a launched Chromium
 * @param query the query the arriving page searches
 * @param arrive opens the page that searches it, in a page whose results are watched from
 *   before any page script runs
 * @returns the time from the start of that page's navigation to its results, in ms
 */
async function timeArrivingSearch(browser: Browser, query: string, arrive: (page: Page) => Promise<void>): Promise<number> {
	const context = await browser.newContext();
	try {
		const results = await reportedResults(context);
		const page = await context.newPage();
		await page.addInitScript(watchResults, { wanted: query, afterEnter: false, searchPage: SEARCH_PAGE_PATH, reportTo: REPORT_FUNCTION });
		await arrive(page);
		return (await results.next()).ms;
	} finally {
		await context.close();
	}
}

/** What the page reports of one search: the time to its results, and the bytes fetched by then. */
interface ShownResults {
	ms: number;
	bytes: number;
}

/** The function the probe exposes to the timed pages, which call it with their ShownResults. */
const REPORT_FUNCTION = 'searchProbeReport';
/** How long the probe waits for a page's report before it gives up, rather than hang. */
const REPORT_TIMEOUT_MS = 120_000;

/**
 * Lets the pages of a context report their results to the probe (watchResults calls the exposed
 * function). Waiting with Playwright's waitForFunction instead would inject Playwright's script
 * into the page and run a check in every frame, both during the search being timed, and slow
 * down what is measured.
 * @param context a browser context before its pages open
 * @returns next(), the next report, in the order the pages made them
 */
async function reportedResults(context: BrowserContext): Promise<{ next: () => Promise<ShownResults> }> {
	const reports: ShownResults[] = [];
	let waiting: ((report: ShownResults) => void) | null = null;
	await context.exposeFunction(REPORT_FUNCTION, (report: ShownResults) => {
		if (waiting) waiting(report);
		else reports.push(report);
		waiting = null;
	});
	return {
		next: async () => {
			const report = reports.shift();
			if (report) return report;
			let timer: ReturnType<typeof setTimeout> | undefined;
			try {
				return await Promise.race([
					new Promise<ShownResults>((resolve) => (waiting = resolve)),
					new Promise<never>((_, reject) => {
						timer = setTimeout(() => reject(new Error(`搜索页 ${REPORT_TIMEOUT_MS / 1000} 秒内没有显示结果，探针停止。`)), REPORT_TIMEOUT_MS);
					}),
				]);
			} finally {
				clearTimeout(timer);
			}
		},
	};
}

/**
 * Runs in the page (Playwright sends its source, so it refers to nothing outside): once the first
 * frame showing the results for `wanted` (or the finished search without any) has been drawn,
 * reports to the probe, through the function named reportTo (see reportedResults), the time to
 * it, from the Enter key's event with `afterEnter` (counting only results shown after it), else
 * from the page's time origin; and the bytes of the search's files that had arrived by then.
 */
function watchResults({ wanted, afterEnter, searchPage, reportTo }: { wanted: string; afterEnter: boolean; searchPage: string; reportTo: string }): void {
	let enteredAt = 0;
	if (afterEnter) {
		const onKey = (event: KeyboardEvent) => {
			if (event.key === 'Enter') enteredAt = event.timeStamp;
		};
		document.addEventListener('keydown', onKey, { capture: true, once: true });
	}
	const report = () => {
		const shownAt = performance.now();
		// Bytes as they crossed the wire (compressed where the server compressed them) of every
		// file that had arrived by the frame with the results, since the page was opened:
		// Pagefind's script and index, and the search's own data under /search/ (the plans'
		// texts, the chunk starts), not the search page itself.
		const bytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
			.filter((entry) => entry.responseEnd <= shownAt)
			.filter((entry) => {
				const path = new URL(entry.name).pathname;
				return path.startsWith('/pagefind/') || (path.startsWith(searchPage) && path !== searchPage);
			})
			.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
		const send = (window as unknown as Record<string, (report: { ms: number; bytes: number }) => Promise<void>>)[reportTo];
		void send({ ms: Math.round(shownAt - enteredAt), bytes });
	};
	const observer = new MutationObserver(() => {
		const list = document.querySelector<HTMLElement>('#search-results');
		const shown = list?.dataset.query === wanted && (list.childElementCount > 0 || list.getAttribute('aria-busy') === 'false');
		if (!shown || (afterEnter && !enteredAt)) return;
		observer.disconnect();
		// The results are on screen once the frame after this change has been produced.
		requestAnimationFrame(() => setTimeout(report));
	});
	observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-query'] });
}

/** The probe's figures over all queries, for the benchmark's JSON line. */
export interface SearchMetrics {
	queries: number;
	/** Lowest share of results holding the query (or a synonym) over all queries. */
	min_precision: number;
	/** Lowest share of expected items found over all queries. */
	min_recall: number;
	/** Queries below 98 % precision or 100 % recall. */
	misses: string[];
	first_results_ms_median: number;
	first_results_ms_max: number;
	focused_results_ms_median: number;
	focused_results_ms_max: number;
	arrival_results_ms_median: number;
	arrival_results_ms_max: number;
	first_search_kb_max: number;
	later_results_ms_median: number;
}

/**
 * @param probes the per-query measurements
 * @returns the summary figures
 */
export function summariseProbes(probes: readonly QueryProbe[]): SearchMetrics {
	return {
		queries: probes.length,
		min_precision: Math.min(...probes.map((probe) => probe.precision)),
		min_recall: Math.min(...probes.map((probe) => probe.recall)),
		misses: probes.filter((probe) => probe.precision < 0.98 || probe.recall < 1).map((probe) => probe.query),
		first_results_ms_median: median(probes.map((probe) => probe.firstResultsMs ?? 0)),
		first_results_ms_max: Math.max(...probes.map((probe) => probe.firstResultsMs ?? 0)),
		focused_results_ms_median: median(probes.map((probe) => probe.focusedResultsMs ?? 0)),
		focused_results_ms_max: Math.max(...probes.map((probe) => probe.focusedResultsMs ?? 0)),
		arrival_results_ms_median: median(probes.map((probe) => probe.arrivalResultsMs ?? 0)),
		arrival_results_ms_max: Math.max(...probes.map((probe) => probe.arrivalResultsMs ?? 0)),
		first_search_kb_max: Math.round(Math.max(...probes.map((probe) => probe.firstSearchBytes ?? 0)) / 1024),
		later_results_ms_median: median(probes.map((probe) => probe.laterResultsMs ?? 0)),
	};
}
