import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './helpers.ts';

/** The plan links of a list page, by section: the disclosures' table, then 非官方文本. */
function planLinks(path: string): { official: (string | undefined)[]; unofficial: (string | undefined)[] } {
	const page = readPage(path);
	const links = (selector: string) => page.querySelectorAll(`${selector} tbody th a`).map((link) => link.getAttribute('href'));
	return { official: links('main > .table-scroll'), unofficial: links('section[aria-labelledby="unofficial-heading"]') };
}

describe('the filters of /plans/', () => {
	const filters = readPage('/plans/').querySelector('nav.plan-filters');

	it('link to a page for each province, year, kind and provenance that has plans, with their counts', () => {
		const groups = Object.fromEntries(
			(filters?.querySelectorAll('dl > div') ?? []).map((group) => [group.querySelector('dt')?.text, group.querySelectorAll('li').map((item) => [item.querySelector('a')?.getAttribute('href'), item.text.trim()])]),
		);
		expect(groups).toEqual({
			地区: [
				['/regions/hebei/', '河北省（2）'],
				['/regions/zhejiang/', '浙江省（1）'],
				['/regions/fixture-province/', '样例省（4）'],
				['/regions/unknown/', '地区不详（1）'],
				['/regions/', '全部地区'],
			],
			年份: [
				['/years/2025/', '2025年（1）'],
				['/years/2024/', '2024年（1）'],
				['/years/2023/', '2023年（2）'],
				['/years/2022/', '2022年（1）'],
				['/years/2019/', '2019年（1）'],
				['/years/2018/', '2018年（1）'],
				['/years/unknown/', '年份不详（1）'],
			],
			类型: [
				['/plans/kind/priorities/', '要点（6）'],
				['/plans/kind/summary/', '总结（2）'],
			],
			来源: [
				['/plans/provenance/official/', '官方发布（7）'],
				['/plans/provenance/unofficial/', '非官方文本（1）'],
			],
		});
	});

	it('lead to pages that exist', () => {
		const dist = inject('fixtureDist');
		const links = filters?.querySelectorAll('a') ?? [];
		expect(links.length).toBeGreaterThan(10);
		for (const link of links) {
			expect(existsSync(join(dist, link.getAttribute('href') ?? '', 'index.html')), link.getAttribute('href')).toBe(true);
		}
	});
});

describe('a kind’s page', () => {
	it('lists the plans of that kind, unofficial texts in their own section', () => {
		expect(planLinks('/plans/kind/summary/')).toEqual({ official: ['/plans/fixture-county/2023-summary/'], unofficial: ['/plans/unknown/unknown-summary/'] });
	});

	it('marks its own filter as the current page', () => {
		const current = readPage('/plans/kind/summary/').querySelectorAll('nav.plan-filters a[aria-current="page"]');
		expect(current.map((link) => link.getAttribute('href'))).toEqual(['/plans/kind/summary/']);
	});
});

describe('a provenance’s page', () => {
	it('lists the plans of that provenance and says what it means', () => {
		const page = readPage('/plans/provenance/unofficial/');
		expect(page.querySelectorAll('tbody th a').map((link) => link.getAttribute('href'))).toEqual(['/plans/unknown/unknown-summary/']);
		expect(page.querySelector('.lede')?.text).toContain('范文网站的汇编或范文');
	});
});

describe('the plan tables on a phone', () => {
	it('label the cells whose value alone would not say what it is', () => {
		const row = readPage('/plans/').querySelector('.plan-table tbody tr');
		expect(row?.querySelectorAll('td').map((cell) => cell.getAttribute('data-label') ?? null)).toEqual([null, null, null, '发布日期', '条目数']);
	});
});
