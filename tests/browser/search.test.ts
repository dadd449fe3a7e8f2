import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readResults, selectFilter, typeQuery, type SearchResult } from '../support/pagefind-ui.ts';
import { readPlanPages, type BuiltPlanPage } from '../support/site-files.ts';

const QUERY = '家庭医生签约';
/** The seed plans that mention 家庭医生签约 (../shared/seeds); they must always be found. */
const SEED_PLANS_WITH_QUERY = [
	'baotou/2017-priorities',
	'linzi/2019-priorities',
	'qinhuangdao/2019-priorities',
	'shangyu/2025-priorities',
];

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');

let browser: Browser;
let plans: BuiltPlanPage[];
/** Ground truth: plan pages whose article text contains the whole phrase. */
let expected: BuiltPlanPage[];
let planByUrl: Map<string, BuiltPlanPage>;
/** What the search UI shows for QUERY; the first three tests read the same search. */
let shown: SearchResult[];

beforeAll(async () => {
	browser = await launchChromium();
	plans = await readPlanPages(browser, siteDist);
	expected = plans.filter((plan) => plan.text.includes(QUERY));
	planByUrl = new Map(plans.map((plan) => [plan.url, plan]));
	// A search that shows nothing must fail the tests below with their own messages, not this hook.
	try {
		const { page, results } = await search(QUERY);
		await page.close();
		shown = results;
	} catch (error) {
		console.error(`searching for ${QUERY} showed no results:`, error);
		shown = [];
	}
});
afterAll(async () => {
	await browser?.close();
});

async function openSearch(path = '/search/'): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`${siteUrl}${path}`);
	return page;
}

async function search(query: string): Promise<{ page: Page; results: SearchResult[] }> {
	const page = await openSearch();
	await typeQuery(page, query);
	return { page, results: await readResults(page) };
}

const urlsOf = (results: SearchResult[]) => [...new Set(results.map((result) => result.url))].sort();

describe(`searching /search/ for ${QUERY}`, () => {
	it('finds exactly the plans whose text contains the phrase', async () => {
		expect(expected.length, `no built plan page contains ${QUERY}: is content/plans empty?`).toBeGreaterThan(0);
		expect(urlsOf(shown)).toEqual(expected.map((plan) => plan.url).sort());
	});

	it('finds the seed plans of 包头 2017, 临淄 2019, 秦皇岛 2019 and 上虞 2025', async () => {
		expect(urlsOf(shown)).toEqual(expect.arrayContaining(SEED_PLANS_WITH_QUERY.map((id) => `/plans/${id}/`)));
	});

	it('finds no plan that lacks all of 家庭, 医生 and 签约 (words, not scattered characters)', async () => {
		expect(shown.length).toBeGreaterThan(0);
		const unrelated = shown.filter((result) => {
			const plan = planByUrl.get(result.url);
			return !plan || !['家庭', '医生', '签约'].some((word) => plan.text.includes(word));
		});
		expect(unrelated.map((result) => result.url)).toEqual([]);
	});

	it('narrows the results to one year with the year filter', async () => {
		const { page, results } = await search(QUERY);
		const yearOf = (result: SearchResult) => planByUrl.get(result.url)?.year ?? null;
		const years = [...new Set(results.map(yearOf))];
		expect(years.length, `the results must span two years to test the filter; years: ${years.join(', ')}`).toBeGreaterThan(1);
		const year = years.find((candidate) => candidate !== null) as string;

		await selectFilter(page, 'year', year);
		await page.waitForFunction(
			(before) => document.querySelectorAll('pagefind-results ul.pf-results > li.pf-result').length < before,
			results.length,
		);
		const filtered = await readResults(page);
		await page.close();

		expect(filtered.length).toBeGreaterThan(0);
		expect(filtered.length).toBeLessThan(results.length);
		expect(filtered.filter((result) => yearOf(result) !== year).map((result) => result.url)).toEqual([]);
		expect(urlsOf(filtered)).toEqual(expected.filter((plan) => plan.year === year).map((plan) => plan.url).sort());
	});

	it('lands on the item when a sub-result is clicked', async () => {
		const { page, results } = await search(QUERY);
		const target = results.flatMap((result) => result.subUrls).find((url) => /#s[\w-]*$/.test(url));
		expect(target, 'no result has a sub-result (item link with #anchor)').toBeDefined();

		await page.locator(`.pf-heading-link[href="${target}"]`).first().click();
		await page.waitForURL((url) => `${url.pathname}${url.hash}` === target);
		const hash = new URL(page.url()).hash;
		expect(hash).toMatch(/^#s/);
		const landed = await page.evaluate((id) => {
			const element = document.getElementById(id);
			return { exists: element !== null, isTarget: element !== null && element === document.querySelector(':target') };
		}, decodeURIComponent(hash.slice(1)));
		await page.close();
		expect(landed).toEqual({ exists: true, isTarget: true });
	});

	it('pre-fills the box and shows results for /search/?q=', async () => {
		const page = await openSearch(`/search/?q=${encodeURIComponent(QUERY)}`);
		await expect.poll(() => page.locator('pagefind-input input').inputValue(), { timeout: 15_000 }).toBe(QUERY);
		const results = await readResults(page);
		await page.close();
		expect(urlsOf(results)).toEqual(expected.map((plan) => plan.url).sort());
	});
});
