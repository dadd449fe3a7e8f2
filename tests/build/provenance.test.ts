import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../src/lib/provenance.ts';
import { readDistCsv, readDistJson, readPage } from './helpers.ts';

/**
 * The fixture's unknown/unknown-summary is an unofficial text (a part of a model-essay
 * compilation), dated after every official plan, so that only its provenance keeps it out of
 * 最新收录; shangyu/2025-priorities is official.
 */
const UNOFFICIAL = '/plans/unknown/unknown-summary/';
const OFFICIAL = '/plans/shangyu/2025-priorities/';
const plans = readDistJson<{ id: string; url: string; provenance: string; items: number; subtitle: string | null }[]>('data/plans.json');
const official = plans.filter((plan) => plan.provenance !== 'unofficial');
const unofficial = plans.filter((plan) => plan.provenance === 'unofficial');
const hrefs = (elements: { getAttribute: (name: string) => string | undefined }[]) => elements.map((element) => element.getAttribute('href'));

describe('provenance on the site', () => {
	it('is in the open data, one of the three values, for every plan', () => {
		expect(unofficial.map((plan) => plan.url)).toEqual([UNOFFICIAL]);
		for (const plan of plans) expect(['official', 'reprint', 'unofficial'], plan.id).toContain(plan.provenance);
		const csv = readDistCsv('data/plans.csv');
		expect(csv.find((row) => row.url === UNOFFICIAL)?.provenance).toBe('unofficial');
	});

	it('keeps unofficial texts out of the home page counts and 最新收录', () => {
		const home = readPage('/');
		const items = official.reduce((sum, plan) => sum + plan.items, 0);
		expect(home.text).toContain(`公开的文件 ${official.length} 份、工作事项 ${items} 条`);
		expect(home.text).toContain(`另有 ${unofficial.length} 份非官方文本`);
		const latest = hrefs(home.querySelectorAll('#latest-heading ~ .card-list .card-title > a'));
		expect(latest.length).toBeGreaterThan(0);
		expect(latest).not.toContain(UNOFFICIAL);
	});

	it('lists unofficial texts in a section of their own on /plans/, tagged', () => {
		const page = readPage('/plans/');
		const [officialTable, unofficialTable] = page.querySelectorAll('table');
		expect(hrefs(officialTable.querySelectorAll('th[scope="row"] > a')).sort()).toEqual(official.map((plan) => plan.url).sort());
		expect(page.querySelector('#unofficial-heading')?.text).toBe('非官方文本');
		expect(hrefs(unofficialTable.querySelectorAll('th[scope="row"] > a'))).toEqual([UNOFFICIAL]);
		expect(unofficialTable.querySelector('th[scope="row"] .tag--unofficial')?.text).toBe(provenanceOf('unofficial').label);
		expect(officialTable.querySelector('.tag--unofficial')).toBeNull();
	});

	it('tags the text in the cards of year and region pages', () => {
		const card = readPage('/years/unknown/').querySelectorAll('.card-list li').find((item) => item.querySelector('a')?.getAttribute('href') === UNOFFICIAL);
		expect(card?.querySelector('.tag--unofficial')?.text).toBe('非官方文本');
		expect(readPage('/regions/unknown/').querySelector('.card-list .tag--unofficial')?.text).toBe('非官方文本');
	});

	it('says on the plan page what an unofficial text is, and names the provenance in the facts', () => {
		const page = readPage(UNOFFICIAL);
		expect(page.querySelector('.provenance-note')?.text).toContain('不是任何机关公开的文件');
		expect(page.querySelector('.facts')?.text).toContain('来源非官方文本');
		expect(readPage(OFFICIAL).querySelector('.provenance-note')).toBeNull();
		expect(readPage(OFFICIAL).querySelector('.facts')?.text).toContain('来源官方发布');
	});

	it('speaks to the public in the 来源 box: the address or that there is none, the origin in words, no file names', () => {
		const source = readPage(UNOFFICIAL).querySelector('#source-heading')?.parentNode;
		expect(source?.text).toContain('原文地址未提供');
		expect(source?.text).toContain('取自范文网站的汇编《县卫生健康局工作总结和工作思路(实用14篇)》第 1 篇（共 14 篇）');
		expect(source?.text).not.toMatch(/\.txt|\.md|content\/plans/);
	});

	it('offers the provenance filter on the search page, with the labels and counts of the index', () => {
		const options = readPage('/search/').querySelectorAll('select[name="provenance"] option').map((option) => option.text);
		expect(options).toEqual(['全部来源', `官方发布（${plans.filter((plan) => plan.provenance === 'official').length}）`, '非官方文本（1）']);
	});
});
