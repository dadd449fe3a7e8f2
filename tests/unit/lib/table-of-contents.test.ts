import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../../src/lib/outline.ts';
import { tableOfContents, TOC_MIN_TOP_ENTRIES, TOC_OPEN_MAX_LINKS, tocStartsOpen, type TocEntry } from '../../../src/lib/table-of-contents.ts';

function item(id: string, parent: string | null, level: number): PlanItem {
	return { id, number: null, level, title: id, text: '', parent, owners: [], line: 1 };
}

const ids = (entries: TocEntry[]): unknown[] => entries.map((entry) => (entry.children.length ? [entry.item.id, ids(entry.children)] : entry.item.id));

describe('tableOfContents', () => {
	it('lists only the top-level parts when there are enough of them', () => {
		const items = [item('s1', null, 1), item('s1-1', 's1', 2), item('s2', null, 1), item('s2-2', 's2', 2), item('s3', null, 1)];
		expect(TOC_MIN_TOP_ENTRIES).toBe(3);
		expect(ids(tableOfContents(items))).toEqual(['s1', 's2', 's3']);
	});

	it('also lists the items of each part when a plan has fewer parts', () => {
		const items = [item('s1', null, 1), item('s1-1', 's1', 2), item('s1-1-1', 's1-1', 3), item('s2', null, 1), item('s2-2', 's2', 2)];
		expect(ids(tableOfContents(items))).toEqual([['s1', ['s1-1']], ['s2', ['s2-2']]]);
	});

	it('treats an item whose parent level is missing as top level', () => {
		const items = [item('s0-1', 's0', 2), item('s0-2', 's0', 2), item('s0-3', 's0', 2)];
		expect(ids(tableOfContents(items))).toEqual(['s0-1', 's0-2', 's0-3']);
	});

	it('is empty for a plan without headings', () => {
		expect(tableOfContents([])).toEqual([]);
	});
});

describe('tocStartsOpen', () => {
	const parts = (count: number) => Array.from({ length: count }, (_, index) => item(`s${index + 1}`, null, 1));

	it('opens contents of up to TOC_OPEN_MAX_LINKS links and folds longer ones', () => {
		expect(tocStartsOpen(tableOfContents(parts(TOC_OPEN_MAX_LINKS)))).toBe(true);
		expect(tocStartsOpen(tableOfContents(parts(TOC_OPEN_MAX_LINKS + 1)))).toBe(false);
	});

	it('counts the items listed under the parts', () => {
		const items = [item('s1', null, 1), ...Array.from({ length: TOC_OPEN_MAX_LINKS - 1 }, (_, index) => item(`s1-${index + 1}`, 's1', 2)), item('s2', null, 1)];
		expect(tocStartsOpen(tableOfContents(items))).toBe(false);
	});
});
