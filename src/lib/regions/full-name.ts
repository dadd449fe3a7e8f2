/** What walking up from a region needs of each region. */
export interface RegionLink {
	id: string;
	name: string;
	/** Id of the enclosing region, or null for a province. */
	parent: string | null;
}

/**
 * The regions above a region, nearest first. A parent chain that comes back to a region already
 * passed (regions.yaml can override parents into a loop) ends there.
 * @param region a region
 * @param byId every region by id
 * @returns its parent, its parent's parent … up to the province
 */
export function ancestors<T extends RegionLink>(region: T, byId: ReadonlyMap<string, T>): T[] {
	const chain: T[] = [];
	const seen = new Set([region.id]);
	for (let current = region.parent ? byId.get(region.parent) : undefined; current && !seen.has(current.id); current = current.parent ? byId.get(current.parent) : undefined) {
		seen.add(current.id);
		chain.push(current);
	}
	return chain;
}

/**
 * A region's name with those of the regions above it, so that namesakes can be told apart.
 * @param region a region
 * @param byId every region by id
 * @returns e.g. 河北省秦皇岛市, 吉林省长春市朝阳区
 */
export function regionFullName<T extends RegionLink>(region: T, byId: ReadonlyMap<string, T>): string {
	return [...ancestors(region, byId).reverse(), region].map((link) => link.name).join('');
}
