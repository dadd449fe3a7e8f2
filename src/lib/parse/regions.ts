import type { RegionEntry } from './types.ts';

/**
 * Finds the region a document is about from the names in its title, agency or notice, against the
 * known region list. When several match (绍兴市 and 上虞区), the most specific wins: a region whose
 * child also matched is dropped. Only full names count (上虞区, not 上虞), so that 健康临淄 in a
 * sentence is not read as a region statement.
 * @param texts title, agency and other identifying texts, most reliable first
 * @param regions the known regions
 * @returns the region, or null when none is named
 */
export function findRegion(
	texts: readonly (string | null)[],
	regions: readonly RegionEntry[],
): RegionEntry | null {
	const joined = texts.filter((text): text is string => Boolean(text)).join('\n');
	const matched = regions.filter(
		(region) => region.name.length >= 2 && joined.includes(region.name),
	);
	const leaves = matched.filter((region) => !matched.some((other) => other.parent === region.id));
	leaves.sort((a, b) => joined.indexOf(a.name) - joined.indexOf(b.name));
	return leaves[0] ?? null;
}
