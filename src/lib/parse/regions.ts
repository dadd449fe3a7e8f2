import { ancestors, regionFullName } from '../regions/full-name.ts';
import { createPlaceIndex, findPlaceNames, type PlaceIndex, type PlaceMention } from '../regions/place-names.ts';
import type { RegionEntry } from './types.ts';

/** A text that may name the document's region, with its raw line number when it has one. */
export interface RegionSource {
	text: string;
	/** 1-based line in the raw file, or null when the text is not one line of it (a metadata value). */
	line: number | null;
}

/** The region of a document, or why there is none. */
export interface RegionMatch<T extends RegionEntry = RegionEntry> {
	region: T | null;
	/**
	 * When no region was found although the text names a place: which place, where, and why it
	 * does not count (a name several regions share, or one that is in no list), in Chinese for the
	 * import report. Null otherwise.
	 */
	note: string | null;
}

interface RegionLookup<T extends RegionEntry = RegionEntry> {
	index: PlaceIndex<T>;
	byId: Map<string, T>;
}

// The importer passes the same list for every document: index it once.
const lookups = new WeakMap<readonly RegionEntry[], RegionLookup>();

function lookupFor(regions: readonly RegionEntry[]): RegionLookup {
	let lookup = lookups.get(regions);
	if (!lookup) {
		lookup = { index: createPlaceIndex(regions), byId: new Map(regions.map((region) => [region.id, region])) };
		lookups.set(regions, lookup);
	}
	return lookup;
}

interface Mention<T extends RegionEntry> extends PlaceMention<T> {
	source: RegionSource;
	order: number;
}

/**
 * Finds the region a document is about from the names in its title, agency or notice, against the
 * region list (the national list merged with content/regions.yaml). Only full names count (上虞区,
 * 恩施州, not 上虞 alone), so that 健康临淄 in a sentence is not read as a region statement. A name
 * that several regions share (朝阳区) counts when the text also names a region above one of them
 * (北京市朝阳区). When several regions are named (绍兴市 and 上虞区), the most specific wins: a region
 * above another named one is dropped; of the rest, the first named in the most reliable text.
 * @param sources title, agency and other identifying texts, most reliable first
 * @param regions the region list
 * @returns the region, or null with the reason when the text names a place that cannot be matched
 */
export function matchRegion<T extends RegionEntry>(sources: readonly (RegionSource | string | null)[], regions: readonly T[]): RegionMatch<T> {
	const { index, byId } = lookupFor(regions) as RegionLookup<T>;
	const texts = sources.flatMap((source): RegionSource[] => (typeof source === 'string' ? [{ text: source, line: null }] : source?.text ? [source] : []));
	const mentions: Mention<T>[] = texts.flatMap((source, order) => findPlaceNames(index, source.text).map((mention) => ({ ...mention, source, order })));
	const named = new Set(mentions.flatMap((mention) => mention.regions.map((region) => region.id)));
	const resolved: { region: T; mention: Mention<T> }[] = [];
	const ambiguous: { mention: Mention<T>; regions: T[] }[] = [];
	for (const mention of mentions) {
		if (mention.regions.length === 1) {
			resolved.push({ region: mention.regions[0], mention });
			continue;
		}
		if (mention.regions.length === 0) continue;
		const supported = mention.regions.filter((region) => ancestors(region, byId).some((above) => named.has(above.id)));
		if (supported.length === 1) resolved.push({ region: supported[0], mention });
		else ambiguous.push({ mention, regions: supported.length > 1 ? supported : mention.regions });
	}
	const above = new Set(resolved.flatMap(({ region }) => ancestors(region, byId).map((link) => link.id)));
	const leaves = resolved.filter(({ region }) => !above.has(region.id));
	leaves.sort((a, b) => a.mention.order - b.mention.order || a.mention.index - b.mention.index);
	if (leaves.length > 0) return { region: leaves[0].region, note: null };
	const where = (mention: Mention<T>) => (mention.source.line === null ? `原文中的“${mention.name}”` : `第${mention.source.line}行的“${mention.name}”`);
	if (ambiguous.length > 0) {
		const { mention, regions: namesakes } = ambiguous[0];
		const options = namesakes.map((region) => `${regionFullName(region, byId)}（${region.id}）`).join('、');
		return { region: null, note: `${where(mention)}有 ${namesakes.length} 个同名地区：${options}，原文未写明是哪一个，地区留空 → 在 region 中填写其中一个的 id` };
	}
	const unknown = mentions.find((mention) => mention.regions.length === 0);
	if (unknown) {
		const similar = unknown.similar.map((region) => `${regionFullName(region, byId)}（${region.id}）`).join('、');
		return {
			region: null,
			note: `${where(unknown)}不在全国行政区划表和 content/regions.yaml 中，地区留空（名称相近的有 ${similar}） → 地区已改名或撤并的，按现在的地区填写 region；表中还没有的新地区，先加到 content/regions.yaml`,
		};
	}
	return { region: null, note: null };
}

/**
 * Finds the region a document is about; see {@link matchRegion}, which also says why none was found.
 * @param texts title, agency and other identifying texts, most reliable first
 * @param regions the region list
 * @returns the region, or null when none is named
 */
export function findRegion<T extends RegionEntry>(texts: readonly (RegionSource | string | null)[], regions: readonly T[]): T | null {
	return matchRegion(texts, regions).region;
}
