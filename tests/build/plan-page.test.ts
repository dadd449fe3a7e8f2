import { describe, expect, it } from 'vitest';
import { readPage } from './helpers.ts';

const page = readPage('/plans/qinhuangdao/2019-priorities/');

describe('plan page', () => {
	it('declares Simplified Chinese', () => {
		expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
	});

	it('gives every item heading an id from its numbering path and a permalink to it', () => {
		const headings = page.querySelectorAll('.plan-body :is(h2, h3, h4, h5, h6)');
		expect(headings.map((heading) => heading.id)).toEqual(['s1', 's1-1', 's2', 's2-2', 's2-2-1', 's2-2-2', 's2-3']);
		for (const heading of headings) {
			// The heading's own text is the permalink: one link, holding all of it.
			const links = heading.querySelectorAll('a');
			expect(links.map((link) => link.getAttribute('href'))).toEqual([`#${heading.id}`]);
			expect(links[0].text).toBe(heading.text);
		}
	});

	it('keeps the original markers in the headings', () => {
		expect(page.getElementById('s2-2')?.text).toBe('（二）推进家庭医生签约服务。');
		expect(page.getElementById('s2-2-1')?.text).toBe('1.扩大签约覆盖面。');
	});

	it('shows the disclosure facts, with 不详 for what is unknown', () => {
		const facts = Object.fromEntries(
			page.querySelectorAll('.facts dt').map((term) => [term.text, term.nextElementSibling?.text]),
		);
		expect(facts).toMatchObject({
			发布机构: '秦皇岛市卫生健康委',
			发布日期: '2019年4月12日',
			索引号: '000357739/2019-122',
			文号: '不详',
			公开方式: '主动公开',
			主题分类: '卫生、体育',
			地区: '河北省 › 秦皇岛市',
		});
	});

	it('shows where the text came from in words, and quality notes', () => {
		const source = page.querySelector('#source-heading')?.parentNode;
		expect(source?.text).toContain('文本来源：发布机关在政府网站上公开的原文。');
		// The importer's file name is the repository's business, not the reader's.
		expect(page.text).not.toContain('004_ac02b3254bada0ac.txt');
		expect(page.querySelector('.quality')?.text).toContain('落款日期“2019412”缺少分隔符');
	});

	it('keeps the notice wrapper apart from the outline', () => {
		expect(page.querySelector('.notice-box')?.text).toContain('现将《2019年全市卫生健康工作要点》印发给你们');
		expect(page.querySelector('.plan-body')?.text).not.toContain('印发给你们');
	});

	it('marks owner notes on their item', () => {
		expect(page.querySelector('.owner-note')?.text).toBe('（责任科室：基层卫生科）');
	});

	it('ships no script but the display-mode one every page has', () => {
		const scriptsOf = (path: string) => readPage(path).querySelectorAll('script').map((script) => script.getAttribute('src'));
		expect(scriptsOf('/plans/qinhuangdao/2019-priorities/')).toEqual(scriptsOf('/'));
	});

	it('has a table of contents linking to the item anchors', () => {
		const links = page.querySelectorAll('.toc a').map((link) => link.getAttribute('href'));
		expect(links).toEqual(['#s1', '#s1-1', '#s2', '#s2-2', '#s2-3']);
	});
});

describe('plan of unknown region and year', () => {
	const unknown = readPage('/plans/unknown/unknown-summary/');

	it('shows 不详 instead of inventing a region or year', () => {
		const facts = Object.fromEntries(unknown.querySelectorAll('.facts dt').map((term) => [term.text, term.nextElementSibling?.text]));
		expect(facts).toMatchObject({ 地区: '不详', 年份: '不详', 索引号: '不详' });
	});

	it('says which part of the compilation it is', () => {
		expect(unknown.text).toContain('第 1 篇（共 14 篇）');
	});
});
