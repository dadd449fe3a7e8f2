/**
 * Splits groups (a plan's items on one topic, say) into pages of at most `maxPerPage` units,
 * never splitting a group: a group larger than a page gets a page of its own. Pages keep the
 * groups' order. This is what keeps every list page bounded however large the archive grows.
 * @param groups the groups in display order
 * @param sizeOf how many units (items) a group holds
 * @param maxPerPage the most units a page should hold
 * @returns the pages, each a non-empty list of groups; no page when there are no groups
 */
export function paginateGroups<Group>(groups: readonly Group[], sizeOf: (group: Group) => number, maxPerPage: number): Group[][] {
	const pages: Group[][] = [];
	let current: Group[] = [];
	let units = 0;
	for (const group of groups) {
		const size = sizeOf(group);
		if (current.length > 0 && units + size > maxPerPage) {
			pages.push(current);
			current = [];
			units = 0;
		}
		current.push(group);
		units += size;
	}
	if (current.length > 0) pages.push(current);
	return pages;
}

/**
 * @param base the first page's path, ending in /
 * @param page the 1-based page number
 * @returns the page's path: the base for page 1, base + n/ after it
 */
export function pagePath(base: string, page: number): string {
	return page <= 1 ? base : `${base}${page}/`;
}
