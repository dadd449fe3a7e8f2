import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import type { ComparisonRecord } from '../../src/data/records.ts';
import { readExpectations } from '../unit/lib/compare/fixture-bureau.ts';
import { listSectionPages } from '../support/site-files.ts';
import { hasAnchor, readDistCsv, readDistJson, readPage } from './helpers.ts';

/** The reader's expected counts of the fixture bureau's _EXPECTED.md, the same block the unit tests read. */
const expected = readExpectations();

const comparisons = readDistJson<ComparisonRecord[]>('data/comparisons.json');
const plans = readDistJson<{ id: string; items: number }[]>('data/plans.json');

const planUrl = (id: string) => `/plans/${id}/`;
const stemOf = (id: string) => id.slice(id.lastIndexOf('/') + 1);
/** The contract's compare address: /compare/<region>/<stem A>--<stem B>/. */
const compareUrl = (a: string, b: string) => `/compare/${a.slice(0, a.indexOf('/'))}/${stemOf(a)}--${stemOf(b)}/`;
const anchorOf = (href: string | undefined) => href?.slice(href.indexOf('#') + 1);

/** The rows of a compare page's item-by-item list: status, the item's link and the old number's link. */
function readAlignmentRows(page: HTMLElement) {
	return page.querySelectorAll('.alignment__row').map((row) => {
		return {
			status: /alignment__row--(kept|changed|added|dropped)/.exec(row.getAttribute('class') ?? '')?.[1],
			item: row.querySelector('.alignment__head a')?.getAttribute('href'),
			renumberedFrom: row.querySelector('.alignment__note a')?.getAttribute('href'),
		};
	});
}

/** @returns the links of a plan page's 比较 box */
const comparisonLinks = (plan: string) => readPage(planUrl(plan)).querySelectorAll('.plan-related a').map((link) => link.getAttribute('href'));

describe.each(expected.alignments)('compare page of $a → $b', (alignment) => {
	const url = compareUrl(alignment.a, alignment.b);
	const page = readPage(url);
	const rows = readAlignmentRows(page);
	const itemsWith = (status: string) => rows.filter((row) => row.status === status).map((row) => anchorOf(row.item)).sort();

	it('states the kept, changed, added and dropped counts a reader found, and how many were renumbered', () => {
		const { kept, changed, added, dropped, renumbered } = alignment.counts;
		expect(page.querySelectorAll('.compare-counts strong').map((count) => Number(count.text))).toEqual([kept, changed, added, dropped]);
		expect(page.querySelector('.compare-counts')?.text).toContain(`其中 ${renumbered} 条编号变了`);
	});

	it('lists every item once, under the status a reader gave it', () => {
		const { kept, changed, added, dropped } = alignment.counts;
		expect(rows.map((row) => row.status).filter((status) => status === undefined)).toEqual([]);
		expect(rows.filter((row) => row.status === 'kept')).toHaveLength(kept);
		expect(itemsWith('changed')).toEqual(alignment.changed.map(([, b]) => b).sort());
		expect(itemsWith('added')).toEqual([...alignment.added].sort());
		expect(itemsWith('dropped')).toEqual([...alignment.dropped].sort());
		for (const row of rows) expect(row.item, row.item).toMatch(new RegExp(`^${row.status === 'dropped' ? planUrl(alignment.a) : planUrl(alignment.b)}#`));
	});

	it('shows renumbered items as kept (or changed, when their wording changed), with their old number linked', () => {
		const changed = new Set(alignment.changed.map(([a, b]) => `${a}>${b}`));
		for (const [a, b] of alignment.renumbered) {
			const row = rows.find((candidate) => candidate.item === `${planUrl(alignment.b)}#${b}`);
			expect(row?.status, `${a} → ${b}`).toBe(changed.has(`${a}>${b}`) ? 'changed' : 'kept');
			// An item whose own marker stayed (1. under a renumbered （二）) has no old number to show.
			if (row?.renumberedFrom) expect(row.renumberedFrom).toBe(`${planUrl(alignment.a)}#${a}`);
		}
		const notes = rows.filter((row) => row.renumberedFrom).map((row) => `${anchorOf(row.renumberedFrom)}>${anchorOf(row.item)}`);
		expect(notes.length).toBeGreaterThan(0);
		expect(alignment.renumbered.map(([a, b]) => `${a}>${b}`)).toEqual(expect.arrayContaining(notes));
	});

	it('links every item to an anchor that exists on its plan page', () => {
		for (const href of page.querySelectorAll('main a[href^="/plans/"]').map((link) => link.getAttribute('href') ?? '')) {
			if (href.includes('#')) expect(hasAnchor(href), href).toBe(true);
		}
	});

	it('is linked from both plan pages', () => {
		expect(comparisonLinks(alignment.a)).toContain(url);
		expect(comparisonLinks(alignment.b)).toContain(url);
	});

	it('is in comparisons.json with the same counts', () => {
		expect(comparisons.find((record) => record.url === url)).toEqual({
			a: alignment.a,
			b: alignment.b,
			kind: 'same-region',
			url,
			...alignment.counts,
			reported: null,
			unreported: null,
		});
	});
});

describe.each(expected.closure)('plan-summary page of $plan', (closure) => {
	const url = compareUrl(closure.plan, closure.summary);
	const page = readPage(url);
	const items = page.querySelectorAll('.closure__item');
	const itemCount = plans.find((plan) => plan.id === closure.plan)?.items;

	it('marks exactly the items a reader found no report of as 未见报告', () => {
		expect(items).toHaveLength(itemCount ?? -1);
		const unreported = items.filter((item) => item.querySelector('.closure__head')?.text.includes('未见报告'));
		expect(unreported.map((item) => anchorOf(item.querySelector('.closure__head a')?.getAttribute('href'))).sort()).toEqual([...closure.unreported].sort());
		expect(page.querySelectorAll('.compare-counts strong').map((count) => Number(count.text))).toEqual([(itemCount ?? 0) - closure.unreported.length, closure.unreported.length]);
	});

	it('links each reported item to summary passages that exist', () => {
		const reports = page.querySelectorAll('.closure__reports a').map((link) => link.getAttribute('href') ?? '');
		expect(reports.length).toBeGreaterThan(0);
		for (const href of reports) {
			expect(href.startsWith(`${planUrl(closure.summary)}#`), href).toBe(true);
			expect(hasAnchor(href), href).toBe(true);
		}
	});

	it('says under exactly those items of the plan page that the summary does not report them', () => {
		const plan = readPage(planUrl(closure.plan));
		let heading: string | undefined;
		const marked: (string | undefined)[] = [];
		for (const element of plan.querySelector('.plan-body')?.children ?? []) {
			if (/^H[2-6]$/.test(element.tagName) && element.id) heading = element.id;
			else if (element.querySelector('.item-facts__report--none')) marked.push(heading);
		}
		expect(marked.sort()).toEqual([...closure.unreported].sort());
	});

	it('is linked from the plan page and the summary page', () => {
		expect(comparisonLinks(closure.plan)).toContain(url);
		expect(comparisonLinks(closure.summary)).toContain(url);
	});

	it('is in comparisons.json with the unreported count', () => {
		expect(comparisons.find((record) => record.url === url)).toEqual({
			a: closure.plan,
			b: closure.summary,
			kind: 'plan-summary',
			url,
			kept: null,
			changed: null,
			added: null,
			dropped: null,
			renumbered: null,
			reported: (itemCount ?? 0) - closure.unreported.length,
			unreported: closure.unreported.length,
		});
	});
});

describe('comparisons.json and comparisons.csv', () => {
	it('list every compare page of the build, and only those', async () => {
		const pairPages = (await listSectionPages(inject('fixtureDist'), 'compare')).filter((path) => /^\/compare\/[^/]+\/[^/]+--[^/]+\/$/.test(path));
		expect(pairPages.length).toBeGreaterThan(0);
		expect(comparisons.map((record) => record.url).sort()).toEqual(pairPages);
	});

	it("hold exactly the fixture bureau's pairs a reader listed", () => {
		const bureau = comparisons.filter((record) => record.a.startsWith('fixture-county/')).map(({ a, b, kind }) => ({ a, b, kind }));
		expect(bureau).toEqual(
			expect.arrayContaining([
				...expected.alignments.map(({ a, b }) => ({ a, b, kind: 'same-region' })),
				...expected.closure.map(({ plan, summary }) => ({ a: plan, b: summary, kind: 'plan-summary' })),
			]),
		);
		expect(bureau).toHaveLength(expected.alignments.length + expected.closure.length);
	});

	it('are twins: the CSV has the same records, an empty cell for null', () => {
		const asText = comparisons.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === null ? '' : String(value)])));
		expect(readDistCsv('data/comparisons.csv')).toEqual(asText);
	});

	it('are listed on /compare/ with their counts', async () => {
		const listPages = ['/compare/', ...(await listSectionPages(inject('fixtureDist'), 'compare')).filter((path) => /^\/compare\/\d+\/$/.test(path))];
		const rows = listPages.flatMap((path) => readPage(path).querySelectorAll('tbody tr'));
		for (const record of comparisons) {
			const row = rows.find((candidate) => candidate.querySelector(`a[href="${record.url}"]`));
			expect(row, record.url).toBeDefined();
			expect(row?.text).toContain(
				record.kind === 'same-region'
					? `保留 ${record.kept}、修改 ${record.changed}、新增 ${record.added}、删除 ${record.dropped}`
					: `未见报告 ${record.unreported}`,
			);
		}
	});
});
