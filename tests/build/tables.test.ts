import { describe, expect, inject, it } from 'vitest';
import { listSectionPages } from '../support/site-files.ts';
import { readPage } from './helpers.ts';

const dist = inject('fixtureDist');
/** The page types of topics, indicators and comparisons, every page of each (index pages too). */
const pages = (await Promise.all(['topics', 'indicators', 'compare'].map(async (section) => [`/${section}/`, ...(await listSectionPages(dist, section))]))).flat();

describe('tables of the topic, indicator and compare pages (GOV.UK table markup)', () => {
	it('the fixture has such pages with tables', () => {
		expect(pages.filter((path) => readPage(path).querySelector('main table')).length).toBeGreaterThan(10);
	});

	it.each(pages)('%s: every table has a caption, column headers scope="col", and each row a header scope="row"', (path) => {
		for (const table of readPage(path).querySelectorAll('table')) {
			expect(table.querySelector('caption')?.text.trim(), `${path}: caption`).toBeTruthy();
			const columnHeaders = table.querySelectorAll('thead th');
			expect(columnHeaders.length, `${path}: column headers`).toBeGreaterThan(0);
			for (const header of columnHeaders) expect(header.getAttribute('scope'), `${path}: ${header.text}`).toBe('col');
			for (const row of table.querySelectorAll('tbody tr')) {
				const [first, ...rest] = row.querySelectorAll('th, td');
				expect([first?.tagName, first?.getAttribute('scope')], `${path}: ${row.text.slice(0, 40)}`).toEqual(['TH', 'row']);
				for (const cell of rest.filter((other) => other.tagName === 'TH')) expect(cell.getAttribute('scope'), path).toBe('row');
			}
		}
	});
});
