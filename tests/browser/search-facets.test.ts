import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readGroundTruth, readResults, selectFilter, typeQuery, urlsOf, useSearchBrowser } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
/** What the index holds, as plain text, and the ground truth for a query (search-ui.ts). */
const { searchable, expectedFor } = readGroundTruth(siteDist);
const plans = JSON.parse(readFileSync(join(siteDist, 'data', 'plans.json'), 'utf8')) as { url: string; region_name: string | null; year: number | null }[];

/** @returns the region of the plan a record or result belongs to */
const regionOf = (url: string) => plans.find((plan) => url.startsWith(plan.url))?.region_name ?? null;
/** @returns the URLs of the records that hold every one of the terms (or a synonym of it) */
const expectedForAll = (terms: string[]) => terms.map((term) => new Set(urlsOf(expectedFor(term)))).reduce((all, urls) => new Set([...all].filter((url) => urls.has(url))));

const { openSearch } = useSearchBrowser(siteUrl);

/** Opens the search page on a query from the address, reads every page of results, the status line and its notes. */
async function searchFor(query: string): Promise<{ page: Page; urls: string[]; status: string; notes: string }> {
	const page = await openSearch(`/search/?q=${encodeURIComponent(query)}`);
	const urls = urlsOf(await readResults(page, query));
	return { page, urls, status: (await page.locator('#search-status').textContent()) ?? '', notes: (await page.locator('#search-notes').textContent()) ?? '' };
}

describe('words of the query that name facts of plans', () => {
	it('家庭医生 2019 finds exactly the 家庭医生 items of the 2019 plans, and says it filtered by the year', async () => {
		const all = expectedFor('家庭医生');
		const expected = urlsOf(all.filter((record) => record.year === 2019));
		expect(expected.length).toBeGreaterThan(1);
		expect(expected.length).toBeLessThan(all.length);
		const { page, urls, status, notes } = await searchFor('家庭医生 2019');
		expect(urls).toEqual(expected);
		expect(status).toContain(`找到 ${expected.length} 条含“家庭医生”的结果`);
		expect(notes).toContain('已按年份 2019 筛选');
		// The address keeps what was typed; the year select stays as the visitor left it.
		expect(new URL(page.url()).searchParams.get('q')).toBe('家庭医生 2019');
		expect(new URL(page.url()).searchParams.has('year')).toBe(false);
		expect(await page.locator('#search-form select[name="year"]').inputValue()).toBe('');
		await page.close();
	});

	it.each(['临淄', '淄博市临淄区'])('%s 家庭医生 finds exactly the 家庭医生 items of 临淄区', async (region) => {
		const expected = urlsOf(expectedFor('家庭医生').filter((record) => regionOf(record.url) === '临淄区'));
		expect(expected.length).toBeGreaterThan(0);
		const { page, urls, notes } = await searchFor(`${region} 家庭医生`);
		await page.close();
		expect(urls).toEqual(expected);
		expect(notes).toContain('地区 临淄区');
	});

	it('a query of fact words only (临淄 2019) lists those plans themselves', async () => {
		const expected = plans.filter((plan) => plan.region_name === '临淄区' && plan.year === 2019).map((plan) => plan.url);
		expect(expected).toHaveLength(1);
		const { page, urls, status } = await searchFor('临淄 2019');
		await page.close();
		expect(urls).toEqual(expected);
		expect(status).toBe('找到 1 份文件。');
	});

	it('a fact name inside a phrase (计划生育) or in quotation marks ("2019") is searched as text, not as a filter', async () => {
		const { page, urls, notes } = await searchFor('计划生育');
		expect(urls).toEqual(urlsOf(expectedFor('计划生育')));
		expect(notes).toBe('');
		await typeQuery(page, '"2019"');
		await page.locator('#search-q').press('Enter');
		const quoted = urlsOf(await readResults(page, '"2019"'));
		const notesQuoted = await page.locator('#search-notes').textContent();
		await page.close();
		const expected = expectedFor('2019');
		// Items that mention 2019 in plans of other years, which a year filter would have dropped.
		expect(expected.some((record) => record.year !== 2019)).toBe(true);
		expect(quoted).toEqual(urlsOf(expected));
		expect(notesQuoted).toBe('');
	});

	it('a year the visitor chose wins over a year in the query, which is then searched as text, and says so', async () => {
		const page = await openSearch();
		await selectFilter(page, 'year', '2017');
		await typeQuery(page, '家庭医生 2019');
		await page.locator('#search-q').press('Enter');
		const urls = urlsOf(await readResults(page, '家庭医生 2019'));
		const notes = await page.locator('#search-notes').textContent();
		await page.close();
		expect(notes).toContain('已选年份 2017，“2019”按文字搜索');
		const of2017 = new Set(urlsOf(searchable.filter((record) => record.year === 2017)));
		// 2017 has 家庭医生 items: had 2019 been dropped rather than searched, they would be found.
		expect(urlsOf(expectedFor('家庭医生')).some((url) => of2017.has(url))).toBe(true);
		expect(urls).toEqual([...expectedForAll(['家庭医生', '2019'])].filter((url) => of2017.has(url)).sort());
	});
});

describe('the status line', () => {
	it('names the synonyms searched (家医 → 家庭医生) and the total, at least N until every plan is looked through', async () => {
		const total = expectedFor('家医').length;
		expect(total).toBeGreaterThan(10);
		const page = await openSearch(`/search/?q=${encodeURIComponent('家医')}`);
		await readResults(page, '家医', { allPages: false });
		const first = (await page.locator('#search-status').textContent()) ?? '';
		expect(await page.locator('#search-notes').textContent()).toBe('同时搜索了同义词：家医 → 家庭医生。');
		const [, atLeast, exact] = /至少 (\d+) 条|共找到 (\d+) 条/.exec(first) ?? [];
		if (exact) expect(Number(exact)).toBe(total);
		else expect(Number(atLeast)).toBeGreaterThan(10);
		expect(Number(atLeast ?? exact)).toBeLessThanOrEqual(total);
		expect(first).toContain('已显示 10 条');
		await readResults(page, '家医');
		const last = await page.locator('#search-status').textContent();
		await page.close();
		expect(last).toMatch(new RegExp(`在 \\d+ 份文件中找到 ${total} 条含“家医”的结果。`));
	});
});
