import { readNationalList } from './national-list.ts';
import { shortRegionName } from './short-name.ts';

/** What a place index needs of a region. */
export interface NamedRegion {
	name: string;
	level: string;
}

/** Place names of a region list, for finding them in a text. */
export interface PlaceIndex<T extends NamedRegion> {
	/**
	 * Full names (上虞区, 恩施土家族苗族自治州) and the short forms of autonomous divisions that
	 * documents use as names (恩施州, 长阳县, 鄂伦春旗), each with the regions so named.
	 */
	names: Map<string, T[]>;
	/** Short names (上虞, 恩施) with the regions they shorten. */
	shortNames: Map<string, T[]>;
	/** The longest name, in characters. */
	longest: number;
}

/** The characters that end a place name written as short name + level (莱芜市, 恩施州). */
export const LEVEL_CHARACTERS = '省市区县旗州盟';

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}

/**
 * Builds the index of a region list's names.
 * @param regions the regions
 * @returns the index
 */
export function createPlaceIndex<T extends NamedRegion>(regions: readonly T[]): PlaceIndex<T> {
	const names = new Map<string, T[]>();
	const shortNames = new Map<string, T[]>();
	for (const region of regions) {
		add(names, region.name, region);
		const short = shortRegionName(region.name);
		if (short !== region.name) add(shortNames, short, region);
		const autonomous = /自治([州县旗])$/.exec(region.name);
		if (autonomous && short !== region.name) add(names, short + autonomous[1], region);
	}
	let longest = 0;
	for (const name of names.keys()) longest = Math.max(longest, name.length);
	return { names, shortNames, longest };
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether a name of two characters may start at this offset: after the start, a non-Han character,
 * 年 (2019年城区…) or 于 (关于和县…). Two characters are too often part of another word (城乡和县域,
 * 振兴县域) for a name to be taken inside a run of Han text.
 */
function isWordStart(text: string, start: number): boolean {
	const before = text[start - 1];
	return start === 0 || !HAN.test(before) || before === '年' || before === '于';
}

/**
 * The place name that ends at an offset: the longest full name (or autonomous short form) of the
 * index, a name of two characters only at a word start or right after another name.
 * @param index the place index
 * @param text the text
 * @param end the offset just after the name
 * @returns the name, or null
 */
export function placeNameEndingAt<T extends NamedRegion>(index: PlaceIndex<T>, text: string, end: number): string | null {
	for (let length = Math.min(index.longest, end); length >= 2; length--) {
		const name = text.slice(end - length, end);
		if (!index.names.has(name)) continue;
		if (length > 2 || isWordStart(text, end - length) || placeNameEndingAt(index, text, end - length)) return name;
	}
	return null;
}

/**
 * A place written as a known short name and a level character that is not itself a name: an
 * older or informal name (莱芜市 after 2019, 上虞市 before 2013), to be reported, not matched.
 * @param index the place index
 * @param text the text
 * @param end the offset just after the level character
 * @returns the written name and the regions its short name belongs to, or null
 */
export function shortNameWithLevelEndingAt<T extends NamedRegion>(index: PlaceIndex<T>, text: string, end: number): { name: string; similar: T[] } | null {
	if (!LEVEL_CHARACTERS.includes(text[end - 1] ?? '')) return null;
	for (let length = Math.min(index.longest, end - 1); length >= 2; length--) {
		const short = text.slice(end - 1 - length, end - 1);
		const similar = index.shortNames.get(short);
		if (similar) return { name: text.slice(end - 1 - length, end), similar };
	}
	return null;
}

/** A place name found in a text. */
export interface PlaceMention<T extends NamedRegion> {
	/** The name as written. */
	name: string;
	/** Offset in the text. */
	index: number;
	/** The regions of that name: several when the name is shared (朝阳区), none for an unknown place. */
	regions: T[];
	/** For an unknown place, the regions whose short name it has (莱芜市 → 莱芜区). */
	similar: T[];
}

/**
 * Finds the place names of a text, left to right, the longest at each offset: full names (and
 * autonomous short forms) of the index, and places written as a known short name with a level
 * character that are not in the index (莱芜市). A short name alone (临淄 in 健康临淄) is not a place.
 * @param index the place index
 * @param text the text
 * @returns the mentions in order
 */
export function findPlaceNames<T extends NamedRegion>(index: PlaceIndex<T>, text: string): PlaceMention<T>[] {
	const mentions: PlaceMention<T>[] = [];
	let previousEnd = -1;
	for (let start = 0; start < text.length; ) {
		let found: PlaceMention<T> | null = null;
		for (let length = Math.min(index.longest, text.length - start); length >= 2 && !found; length--) {
			const name = text.slice(start, start + length);
			const regions = index.names.get(name);
			if (regions && (length > 2 || previousEnd === start || isWordStart(text, start))) found = { name, index: start, regions, similar: [] };
		}
		if (!found) {
			// 莱芜市: a known short name directly followed by a level character, not in the index.
			for (let length = Math.min(index.longest, text.length - start - 1); length >= 2 && !found; length--) {
				const similar = index.shortNames.get(text.slice(start, start + length));
				if (similar && LEVEL_CHARACTERS.includes(text[start + length] ?? '')) {
					found = { name: text.slice(start, start + length + 1), index: start, regions: [], similar };
				}
			}
		}
		if (found) {
			mentions.push(found);
			start += found.name.length;
			previousEnd = start;
		} else start++;
	}
	return mentions;
}

let nationalIndex: PlaceIndex<NamedRegion> | undefined;

/**
 * The place names of the national list, built once per process (for agency names, which are read
 * without the project's region list).
 * @returns the index
 */
export function nationalPlaceIndex(): PlaceIndex<NamedRegion> {
	nationalIndex ??= createPlaceIndex(readNationalList());
	return nationalIndex;
}
