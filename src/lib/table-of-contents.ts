import type { PlanItem } from './outline.ts';

/** An entry of a plan's table of contents, with the entries under it. */
export interface TocEntry {
	item: PlanItem;
	children: TocEntry[];
}

/**
 * Below this many top-level parts, the contents also list the items of each part: a plan with one
 * or two parts would otherwise get a contents list that says almost nothing.
 */
export const TOC_MIN_TOP_ENTRIES = 3;

/**
 * The contents of a plan page. Like GOV.UK's contents lists, they name the top-level parts only
 * (一、二、…): a phone reader scans eight parts faster than sixty items, and repeating every item
 * title would make the contents a good share of the page's bytes. Plans with fewer than
 * {@link TOC_MIN_TOP_ENTRIES} parts list the items of each part as well.
 * @param items the plan's outline items in document order
 * @returns the entries, top level first, children in document order
 */
export function tableOfContents(items: readonly PlanItem[]): TocEntry[] {
	const ids = new Set(items.map((item) => item.id));
	// An item whose parent is not in the outline (a skipped level) counts as top level.
	const top = items.filter((item) => item.parent === null || !ids.has(item.parent));
	if (top.length >= TOC_MIN_TOP_ENTRIES) return top.map((item) => ({ item, children: [] }));
	const childrenOf = new Map<string, TocEntry[]>(top.map((item) => [item.id, []]));
	for (const item of items) {
		if (item.parent !== null) childrenOf.get(item.parent)?.push({ item, children: [] });
	}
	return top.map((item) => ({ item, children: childrenOf.get(item.id) ?? [] }));
}

/**
 * Contents with at most this many links start open: they fit a phone's screen or two and show the
 * plan's shape at once. Longer ones start folded, so the text does not start several screens down.
 */
export const TOC_OPEN_MAX_LINKS = 15;

/**
 * @param entries a plan's contents
 * @returns whether the contents list starts open (at most {@link TOC_OPEN_MAX_LINKS} links)
 */
export function tocStartsOpen(entries: readonly TocEntry[]): boolean {
	const links = entries.reduce((sum, entry) => sum + 1 + entry.children.length, 0);
	return links <= TOC_OPEN_MAX_LINKS;
}
