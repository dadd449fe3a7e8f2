import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isPagefindWasm, readGroundTruth, readResults, type SearchResult, selectFilter, typeQuery, urlsOf, useSearchBrowser } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
/** What the index holds, as plain text, and the ground truth for a query (search-ui.ts). */
const { searchable, expectedFor } = readGroundTruth(siteDist);

const { browser, openSearch } = useSearchBrowser(siteUrl);

describe('search results', () => {
	let page: Page;
	let results: SearchResult[];
	/** What the page had requested by the time its results were shown. */
	let requested: string[];
	beforeAll(async () => {
		page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${siteUrl}/search/?q=家庭医生签约`);
		results = await readResults(page, '家庭医生签约');
		requested = [...requests];
	});
	afterAll(async () => {
		await page.close();
	});

	it("come with the filters' options in the page: no filter file of Pagefind is fetched", async () => {
		expect(requested.filter((path) => path.includes('/filter/'))).toEqual([]);
		const years = await page.locator('#search-form select[name="year"] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
		const known = [...new Set(searchable.map((record) => record.year))].filter((year) => year !== null).sort((a, b) => b - a);
		expect(years.slice(1, known.length + 1)).toEqual(known.map(String));
	});

	it('include the seed plans of 包头 2017, 临淄 2019, 秦皇岛 2019 and 上虞 2025', () => {
		const plansFound = new Set(results.map((result) => result.url.replace(/#.*$/, '')));
		for (const id of ['baotou/2017-priorities', 'linzi/2019-priorities', 'qinhuangdao/2019-priorities', 'shangyu/2025-priorities']) {
			expect(plansFound).toContain(`/plans/${id}/`);
		}
	});

	it('come ten at a time, with the button for more only while more remain', async () => {
		// Three pages of results: enough to page twice, few enough to read them all.
		const fresh = await openSearch('/search/?q=医共体');
		const expected = expectedFor('医共体').length;
		expect(expected).toBeGreaterThan(20);
		expect(await readResults(fresh, '医共体', { allPages: false })).toHaveLength(10);
		expect(await fresh.locator('#search-more').isVisible()).toBe(true);
		expect(await readResults(fresh, '医共体')).toHaveLength(expected);
		expect(await fresh.locator('#search-more').isVisible()).toBe(false);
		await fresh.close();
	});

	it('are items with their anchor, showing the item text around the highlighted match', () => {
		const items = results.filter((result) => result.url.includes('#'));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item.url).toMatch(/^\/plans\/[^#]+\/#s[\w-]+$/);
			expect(item.marks.length, item.url).toBeGreaterThan(0);
			expect(item.marks.every((mark) => mark === '家庭医生签约'), item.url).toBe(true);
		}
	});

	it('show the plan, region and year of each item', async () => {
		const meta = await page.locator('.search-result__meta').first().textContent();
		expect(meta).toMatch(/ · /);
	});

	it('are narrowed by the year filter to items of that year', async () => {
		const years = [...new Set(expectedFor('家庭医生签约').map((record) => record.year))].filter((year) => year !== null);
		expect(years.length).toBeGreaterThan(1);
		const year = String(years[0]);
		await selectFilter(page, 'year', year);
		const filtered = await readResults(page, '家庭医生签约');
		expect(filtered.length).toBeLessThan(results.length);
		expect(urlsOf(filtered)).toEqual(urlsOf(expectedFor('家庭医生签约').filter((record) => String(record.year) === year)));
		expect(new URL(page.url()).searchParams.get('year')).toBe(year);
		await selectFilter(page, 'year', '');
		await readResults(page, '家庭医生签约');
	});

	it('can be sorted by year, newest first', async () => {
		await selectFilter(page, 'sort', 'year:desc');
		const sorted = await readResults(page, '家庭医生签约');
		const yearOf = new Map(searchable.map((record) => [record.url, record.year ?? 0]));
		const years = sorted.map((result) => yearOf.get(result.url) ?? 0);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(urlsOf(sorted)).toEqual(urlsOf(results));
		await selectFilter(page, 'sort', '');
	});

	it('land on the item when clicked', async () => {
		const target = results.find((result) => result.url.includes('#'));
		expect(target).toBeDefined();
		await page.locator(`.search-result__title a[href="${target?.url}"]`).first().click();
		await page.waitForURL((url) => `${url.pathname}${url.hash}` === target?.url);
		const landed = await page.evaluate(() => {
			const element = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
			return { exists: element !== null, isTarget: element !== null && element === document.querySelector(':target') };
		});
		expect(landed).toEqual({ exists: true, isTarget: true });
	});
});

describe('search behaves the same whatever came before', () => {
	it('gives exactly the items that contain a query after other searches', async () => {
		const page = await openSearch();
		for (const query of ['医共体', '医', '中医药', '疫苗', '中医药']) {
			await typeQuery(page, query);
			// The searches before are read up to their first page: they only have to have run.
			if (query !== '中医药') await readResults(page, query, { allPages: false });
			else expect(urlsOf(await readResults(page, query))).toEqual(urlsOf(expectedFor('中医药')));
		}
		await page.close();
	});

	it('fills the box from ?q= and keeps the query in the address', async () => {
		const page = await openSearch('/search/?q=医共体');
		await readResults(page, '医共体');
		expect(await page.locator('#search-q').inputValue()).toBe('医共体');
		await typeQuery(page, '疫苗');
		await readResults(page, '疫苗');
		expect(new URL(page.url()).searchParams.get('q')).toBe('疫苗');
		await page.close();
	});

	it('keeps the results shown, and the further pages opened, when Enter is pressed on the same query', async () => {
		const page = await openSearch();
		// The pause after typing searches the query before Enter is pressed.
		await typeQuery(page, '医');
		await readResults(page, '医', { allPages: false });
		await page.locator('#search-more').click();
		await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10 && document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
		const shown = await page.locator('#search-results > li').count();
		await page.locator('#search-results > li').first().evaluate((item) => item.setAttribute('data-before-enter', ''));
		// A new search would empty the list at once, in the Enter key's own event.
		await page.locator('#search-q').press('Enter');
		expect(await page.locator('#search-results > li[data-before-enter]').count()).toBe(1);
		expect(await page.locator('#search-results > li').count()).toBe(shown);
		await page.close();
	});

	// Pagefind's own script is matched with any query, since a retry adds one.
	it.each([
		['search data', (url: URL) => /^\/search\/text\/.*\.json$/.test(url.pathname)],
		["Pagefind's script", (url: URL) => url.pathname === '/pagefind/pagefind.js'],
	])('says so when loading %s fails, without an uncaught error, and finds everything on the next try', async (_, failing) => {
		const page = await openSearch();
		const uncaught: string[] = [];
		page.on('pageerror', (error) => uncaught.push(error.message));
		await page.route(failing, (route) => route.abort('connectionrefused'));
		// Focusing and typing start loads ahead of the search; they fail too.
		await typeQuery(page, '家庭医生签约');
		await page.locator('#search-q').press('Enter');
		// As long as the other searches wait for their results (readResults), not the second that expect.poll waits by default.
		await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toContain('搜索数据未能全部加载');
		await page.unroute(failing);
		await page.locator('#search-q').press('Enter');
		expect(urlsOf(await readResults(page, '家庭医生签约'))).toEqual(expectedFor('家庭医生签约').map((record) => record.url).sort());
		expect(uncaught).toEqual([]);
		await page.close();
	});

	it('loads no Pagefind file until the visitor uses the search box', async () => {
		const page = await browser().newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${siteUrl}/search/`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		// Both awaited from before the focus: the page requests the WebAssembly alongside the script,
		// so it may arrive first.
		const loaded = Promise.all([
			page.waitForResponse((response) => new URL(response.url()).pathname === '/pagefind/pagefind.js'),
			page.waitForResponse((response) => isPagefindWasm(response.url())),
		]);
		await page.locator('#search-q').focus();
		await loaded;
		// With the box still empty, Pagefind warms up on a search without a term, which needs no
		// index chunk: focusing costs its script, WebAssembly and metadata, nothing more. A
		// warm-up that fetched a chunk did so within 200 ms of the WebAssembly here.
		await page.waitForTimeout(1500);
		expect(requests.filter((path) => path.startsWith('/pagefind/index/') || path.startsWith('/search/'))).toEqual(['/search/']);
		await page.close();
	});

});

describe('typing in the search box', () => {
	/** Where a page's Playwright clock starts: tests move it to fixed times, never read it. */
	const CLOCK_START = Date.UTC(2026, 0, 1);
	/**
	 * Opens /search/ and focuses the box, which loads Pagefind; resolves once it has had time to
	 * start (a page whose clock is stopped before then would wait for ever on Pagefind's readiness
	 * checks, which sleep between tries).
	 * @param fakeClock whether the page's clock is Playwright's, which the test can stop
	 */
	const openFocused = async ({ fakeClock = false } = {}): Promise<Page> => {
		const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
		if (fakeClock) await page.clock.install({ time: CLOCK_START });
		await page.goto(`${siteUrl}/search/`);
		const loaded = page.waitForResponse((response) => isPagefindWasm(response.url()));
		await page.locator('#search-q').focus();
		await loaded;
		await page.waitForTimeout(1500);
		return page;
	};

	it('does not search the letters of an input method while the visitor picks characters, and searches the characters picked', async () => {
		const page = await openFocused();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		const ime = await page.context().newCDPSession(page);
		await ime.send('Input.imeSetComposition', { text: 'jiating', selectionStart: 7, selectionEnd: 7 });
		expect(await page.locator('#search-q').inputValue()).toBe('jiating');
		// Four times the pause after typing (250 ms), after which the letters used to be searched.
		await page.waitForTimeout(1000);
		expect(await page.locator('#search-results').getAttribute('data-query')).toBeNull();
		expect(new URL(page.url()).searchParams.has('q')).toBe(false);
		expect(requests.filter((path) => path.startsWith('/pagefind/index/') || path.startsWith('/search/text/'))).toEqual([]);
		await ime.send('Input.insertText', { text: '家庭医生签约' });
		const expected = expectedFor('家庭医生签约').map((record) => record.url).sort();
		expect(expected.length).toBeGreaterThan(0);
		expect(urlsOf(await readResults(page, '家庭医生签约'))).toEqual(expected);
		await page.close();
	});

	it('searches ahead of Enter: the first texts are fetched before the list changes, and Enter draws the results', async () => {
		// The page's clock runs until Pagefind has loaded, then jumps a minute ahead of its start
		// (firing what was due) and stands still: the pause after typing cannot search, so only a
		// search ahead can fetch a text before Enter.
		const page = await openFocused({ fakeClock: true });
		await page.clock.pauseAt(CLOCK_START + 60_000);
		const textArrived = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/search/text/'), { timeout: 10_000 });
		await page.locator('#search-q').fill('家庭医生签约');
		await textArrived;
		expect(await page.locator('#search-results').getAttribute('data-query')).toBeNull();
		await page.clock.resume();
		await page.locator('#search-q').press('Enter');
		expect(urlsOf(await readResults(page, '家庭医生签约'))).toEqual(expectedFor('家庭医生签约').map((record) => record.url).sort());
		await page.close();
	});
});
