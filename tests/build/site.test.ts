import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { displayModeInlineScript } from '../../src/lib/display-mode.ts';
import { SEARCH_AHEAD_MAX_PLANS, searchesAhead } from '../../src/lib/search/shards.ts';
import { readDistFile, readPage } from './helpers.ts';

const dist = inject('fixtureDist');

describe('site pages', () => {
	it('builds the contract URLs', () => {
		for (const path of ['index.html', 'plans/index.html', 'regions/qinhuangdao/index.html', 'years/2019/index.html', 'years/unknown/index.html', 'search/index.html', '404.html', 'pagefind/pagefind-entry.json']) {
			expect(existsSync(join(dist, path)), path).toBe(true);
		}
	});

	it('leaves drafts out of the production build', () => {
		expect(existsSync(join(dist, 'plans/qinhuangdao/2017-priorities/index.html'))).toBe(false);
		expect(readPage('/plans/').text).not.toContain('草稿文件不应出现');
	});

	it('lists the plans of a region and of the regions below it', () => {
		const links = readPage('/regions/zhejiang/').querySelectorAll('.card-list .card-title a').map((link) => link.getAttribute('href'));
		expect(links).toEqual(['/plans/shangyu/2025-priorities/']);
	});

	it('lists plans of a year, newest publication first', () => {
		const links = readPage('/years/2019/').querySelectorAll('.card-list .card-title a').map((link) => link.getAttribute('href'));
		expect(links).toEqual(['/plans/qinhuangdao/2019-priorities/']);
		// 样例县 2023: the summary (published 2024-01-22) before the plan (2023-03-10).
		const both = readPage('/years/2023/').querySelectorAll('.card-list .card-title a').map((link) => link.getAttribute('href'));
		expect(both).toEqual(['/plans/fixture-county/2023-summary/', '/plans/fixture-county/2023-priorities/']);
	});

	it('orders the plan list by year, unknown years last', () => {
		const years = readPage('/plans/').querySelectorAll('tbody tr').map((row) => row.querySelectorAll('td')[1].text);
		expect(years).toEqual(['2025年', '2024年', '2023年', '2023年', '2022年', '2019年', '2018年', '年份不详']);
	});

	it('gives every table a caption and scoped header cells', () => {
		for (const path of ['/plans/', '/data/']) {
			for (const table of readPage(path).querySelectorAll('table')) {
				expect(table.querySelector('caption')?.text.trim(), path).toBeTruthy();
				for (const header of table.querySelectorAll('th')) expect(['col', 'row'], path).toContain(header.getAttribute('scope'));
			}
		}
	});

	it('declares zh-CN and has a skip link and a main landmark on every page type', () => {
		for (const path of ['/', '/plans/', '/regions/', '/years/', '/search/', '/data/', '/404.html']) {
			const page = readPage(path);
			expect(page.querySelector('html')?.getAttribute('lang'), path).toBe('zh-CN');
			expect(page.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#main');
			expect(page.querySelector('main#main'), path).not.toBeNull();
		}
	});

	it('ships only two small scripts on a page with none of its own (home), for 大字 and 高对比, in <head>: the inline one that applies the choice, then the buttons’ from a file', () => {
		const [inline, buttons, ...others] = readPage('/').querySelectorAll('script');
		expect(others).toEqual([]);
		expect(inline.parentNode.tagName).toBe('HEAD');
		// A classic script, so it runs where it stands, before the page is painted; word for word the text the CSP's hash is of.
		expect(inline.attributes).toEqual({});
		expect(inline.rawText).toBe(displayModeInlineScript());
		expect(inline.rawText.length).toBeLessThan(512);
		expect(buttons.parentNode.tagName).toBe('HEAD');
		expect(buttons.getAttribute('type')).toBe('module');
		expect(buttons.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
		expect(readDistFile(buttons.getAttribute('src') ?? '').length).toBeLessThan(2048);
	});

	it('ships no other JavaScript but on the search page, and no Pagefind script before it is used', () => {
		const scriptsOf = (path: string) => readPage(path).querySelectorAll('script').map((script) => script.getAttribute('src') ?? '(inline)');
		const everyPage = scriptsOf('/');
		for (const path of ['/plans/', '/plans/kind/priorities/', '/plans/provenance/official/', '/regions/qinhuangdao/', '/years/2019/', '/data/']) {
			expect(scriptsOf(path), path).toEqual(everyPage);
		}
		const search = scriptsOf('/search/').filter((src) => !everyPage.includes(src));
		expect(search.length).toBeGreaterThan(0);
		expect(search.filter((src) => src.includes('pagefind'))).toEqual([]);
	});

	it('offers Chinese-labelled year, region, kind, provenance, topic and sort controls on the search page', () => {
		const labels = readPage('/search/').querySelectorAll('#search-form select').map((element) => [element.getAttribute('name'), element.parentNode.childNodes[0].text.trim()]);
		expect(labels).toEqual([['year', '年份'], ['region', '地区'], ['kind', '文件类型'], ['provenance', '来源'], ['topic', '主题'], ['sort', '排序']]);
	});

	it('lets the search page search ahead while typing, since the site has no more plans than SEARCH_AHEAD_MAX_PLANS', () => {
		const plans = (JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as unknown[]).length;
		expect(plans).toBeGreaterThan(0);
		expect(plans).toBeLessThanOrEqual(SEARCH_AHEAD_MAX_PLANS);
		expect(searchesAhead(plans)).toBe(true);
		expect(readPage('/search/').querySelector('#search-form')?.getAttribute('data-search-ahead')).toBe('true');
	});

	it('loads nothing from another origin', () => {
		for (const path of ['/', '/plans/qinhuangdao/2019-priorities/', '/search/']) {
			const page = readPage(path);
			// The canonical link names the page's public address; the browser loads nothing from it.
			for (const element of page.querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src]')) {
				expect(element.getAttribute('src') ?? element.getAttribute('href'), path).toMatch(/^\//);
			}
		}
	});
});
