import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { containsAnyTerm } from '../../src/lib/search/excerpt.ts';
import { withSynonyms } from '../../src/lib/search/query.ts';
import { readSearchableRecords, type SearchableRecord } from '../../scripts/lib/search-probe.ts';

/** One rendered search result of the site's search page (src/components/search). */
export interface SearchResult {
	/** The result's link: an item anchor (/plans/x/#s2-3) or a plan page (/plans/x/). */
	url: string;
	/** The result's heading: the item's marker and title, or the plan title. */
	title: string;
	/** The excerpt as shown, without markup. */
	excerpt: string;
	/** The highlighted parts of the excerpt and heading. */
	marks: string[];
	/** The tag of a plan that is not an official publication (转载, 非官方文本), or ''. */
	tag: string;
}

const LIST = '#search-results';

/**
 * Types a query into the search box, as a visitor does.
 * @param page a page showing /search/
 * @param query the query
 */
export async function typeQuery(page: Page, query: string): Promise<void> {
	const input = page.locator('#search-q');
	await input.click();
	await input.fill('');
	await input.pressSequentially(query);
}

/**
 * Waits until the search for `query` has finished, shows every page of results (the
 * 显示更多结果 button) unless told to read only the first, and reads them.
 * @param page a page showing /search/ with a query
 * @param query the query the results must belong to (defaults to the box's value)
 * @param options allPages: false to leave the page as the search left it (no button pressed)
 * @returns the results, in the order shown
 */
export async function readResults(page: Page, query?: string, { allPages = true } = {}): Promise<SearchResult[]> {
	const wanted = query ?? (await page.locator('#search-q').inputValue()).trim();
	await page.waitForFunction(
		({ list, wanted }) => {
			const element = document.querySelector<HTMLElement>(list);
			return element?.dataset.query === wanted && element.getAttribute('aria-busy') === 'false';
		},
		{ list: LIST, wanted },
		{ timeout: 20_000 },
	);
	while (allPages) {
		const more = page.locator('#search-more:visible');
		if ((await more.count()) === 0) break;
		const before = await page.locator(`${LIST} > li`).count();
		await more.click();
		// Results arrive a plan at a time; the round is over when the list is no longer busy.
		await page.waitForFunction(
			({ list, before }) => {
				const element = document.querySelector(list);
				return element?.getAttribute('aria-busy') === 'false' && element.querySelectorAll(':scope > li').length > before;
			},
			{ list: LIST, before },
		);
	}
	return page.locator(`${LIST} > li`).evaluateAll((items) =>
		items.map((item) => {
			const link = item.querySelector<HTMLAnchorElement>('.search-result__title a');
			const url = link ? new URL(link.href) : null;
			return {
				url: url ? `${url.pathname}${url.hash}` : '',
				title: link?.textContent ?? '',
				excerpt: item.querySelector('.search-result__excerpt')?.textContent ?? '',
				marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
				tag: item.querySelector('.search-result__meta .tag')?.textContent ?? '',
			};
		}),
	);
}

/**
 * Chooses one value of a filter (e.g. year 2019) and waits for the new results.
 * @param page a page showing /search/ with results
 * @param filter the filter name: year, region, kind, provenance or topic
 * @param value the value, e.g. "2019"
 */
export async function selectFilter(page: Page, filter: string, value: string): Promise<void> {
	await page.locator(`#search-form select[name="${filter}"]`).selectOption(value);
}

/** Pagefind's WebAssembly, which the page requests once Pagefind's loading starts. */
export const isPagefindWasm = (url: string): boolean => /^\/pagefind\/wasm\..*\.pagefind$/.test(new URL(url).pathname);

/**
 * What the index holds, as plain text, read from the build's open data as the search probe reads
 * it, and the ground truth it gives for a query.
 * @param siteDist the built site
 * @returns the records, and expectedFor: the records whose text contains the query string or a
 *   curated synonym of it
 */
export function readGroundTruth(siteDist: string): { searchable: SearchableRecord[]; expectedFor: (query: string) => SearchableRecord[] } {
	const { records, synonyms } = readSearchableRecords(siteDist);
	return {
		searchable: records,
		expectedFor: (query) => records.filter((record) => containsAnyTerm(record.text, withSynonyms([query], synonyms))),
	};
}

/** @returns the results' addresses, sorted, to compare result sets */
export const urlsOf = (results: readonly { url: string }[]): string[] => results.map((result) => result.url).sort();

/**
 * Launches Chromium for a test file (closed after it) and opens search pages in it.
 * @param siteUrl the served site
 * @returns the browser, once launched, and openSearch: a new 1280 px page at a path (/search/ by default)
 */
export function useSearchBrowser(siteUrl: string): { browser: () => Browser; openSearch: (path?: string) => Promise<Page> } {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		browser: () => browser,
		openSearch: async (path = '/search/') => {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`${siteUrl}${path}`);
			return page;
		},
	};
}
