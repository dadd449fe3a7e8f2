import type { Page } from 'playwright-core';

/** One rendered Pagefind result, read from the site's result template (src/pages/search). */
export interface SearchResult {
	/** The plan page path, e.g. /plans/qinhuangdao/2019-priorities/ */
	url: string;
	title: string;
	/** Sub-result links (item anchors), e.g. /plans/qinhuangdao/2019-priorities/#s2-2 */
	subUrls: string[];
}

const RESULTS = 'pagefind-results ul.pf-results';
const RESULT = `${RESULTS} > li.pf-result`;

/**
 * Types a query into the Pagefind component UI's input, as a user does.
 * @param page a page showing /search/
 * @param query the query
 */
export async function typeQuery(page: Page, query: string): Promise<void> {
	const input = page.locator('pagefind-input input');
	await input.waitFor({ state: 'visible' });
	await input.click();
	await input.pressSequentially(query);
}

/**
 * Waits for a first result and until the result list has settled (not busy, same number of results twice in a row), then
 * scrolls every result into view so Pagefind's IntersectionObserver loads it, and reads them all.
 * Results are placeholders (aria-hidden skeletons without a link) until they have been on screen.
 * @param page a page showing /search/ with a query
 * @param settleMs how long the result count must stay the same
 * @returns every result, in the order shown
 */
export async function readResults(page: Page, settleMs = 600): Promise<SearchResult[]> {
	// Every search in these tests expects results; waiting for the first one also covers the input's debounce.
	await page.waitForSelector(RESULT, { state: 'attached', timeout: 15_000 });
	let count = -1;
	for (let stable = 0; stable < 2; ) {
		await page.waitForTimeout(settleMs / 2);
		const busy = await page.locator(`${RESULTS}[aria-busy="true"]`).count();
		const now = await page.locator(RESULT).count();
		stable = !busy && now === count ? stable + 1 : 0;
		count = now;
	}
	// Pagefind replaces each placeholder <li> when its data arrives, so scroll from inside the page,
	// re-querying every poll, until no placeholder is left.
	await page.waitForFunction(
		(selector) => {
			const pending = [...document.querySelectorAll(selector)].find((item) => !item.querySelector('.pf-result-link'));
			pending?.scrollIntoView({ block: 'center' });
			return !pending;
		},
		RESULT,
		{ polling: 150, timeout: 20_000 },
	);
	const results = page.locator(RESULT);
	await page.evaluate(() => window.scrollTo(0, 0));
	return results.evaluateAll((items) =>
		items.map((item) => {
			const link = item.querySelector<HTMLAnchorElement>('.pf-result-link');
			const path = (href: string) => {
				const url = new URL(href, window.location.href);
				return `${url.pathname}${url.hash}`;
			};
			return {
				url: link ? path(link.href) : '',
				title: link?.textContent?.trim() ?? '',
				subUrls: [...item.querySelectorAll<HTMLAnchorElement>('.pf-heading-link')].map((sub) => path(sub.href)),
			};
		}),
	);
}

/**
 * Ticks one value of a `pagefind-filter-dropdown` (e.g. year 2019).
 * @param page a page showing /search/
 * @param filter the filter name, e.g. "year"
 * @param value the value as the dropdown lists it, e.g. "2019"
 */
export async function selectFilter(page: Page, filter: string, value: string): Promise<void> {
	const dropdown = page.locator(`pagefind-filter-dropdown[filter="${filter}"]`);
	await dropdown.locator('button.pf-dropdown-trigger').click();
	const option = dropdown.locator(`.pf-dropdown-option[data-value="${value}"]`);
	await option.click();
	await page.keyboard.press('Escape');
}
