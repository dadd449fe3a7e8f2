import { assignRegionIds } from './region-ids.ts';
import type { NationalRegion, Region, RegionLevel } from './types.ts';

/** One entry of content/regions.yaml: an id for a division of the national list, an override, or a region the list lacks. */
export interface RegionOverride {
	id: string;
	/** The division of the national list this entry is about, or null for a region outside it. */
	code: string | null;
	/** Replaces the list's name; required for a region outside the list. */
	name?: string;
	/** Replaces the list's level; required for a region outside the list. */
	level?: RegionLevel;
	/** Replaces the list's parent (an id of the list or of regions.yaml); null for a province. */
	parent?: string | null;
}

/** Something in regions.yaml that contradicts the national list, for the content check. */
export interface MergeProblem {
	/** Index of the entry in the overrides. */
	index: number;
	message: string;
	fix: string;
}

const idsByList = new WeakMap<readonly NationalRegion[], Map<string, string>>();

/**
 * The ids of the national list, computed once per list (pinyin of 3,000 names is the slow part).
 * @param national the national list
 * @returns the id of each division by its code
 */
export function nationalIds(national: readonly NationalRegion[]): Map<string, string> {
	let ids = idsByList.get(national);
	if (!ids) {
		ids = assignRegionIds(national);
		idsByList.set(national, ids);
	}
	return ids;
}

function describe(region: NationalRegion, byCode: ReadonlyMap<string, NationalRegion>): string {
	const chain: string[] = [];
	for (let current = byCode.get(region.parentCode ?? ''); current; current = byCode.get(current.parentCode ?? '')) chain.unshift(current.name);
	return chain.length ? `${region.name}（${chain.join('')}）` : region.name;
}

/**
 * Merges the national list with content/regions.yaml. An entry with the code of a division gives
 * that division its id (its plans' folder and URL) and may override its name, level or parent; an
 * entry whose code is null or not in the list adds a region (a fictional test region, a division
 * newer than the list). Divisions without an entry keep their generated id (src/lib/regions/region-ids.ts).
 * A parent in the list is named by its final id, so a pinned city is the parent of its counties.
 * Contradictions are reported, and the entry that causes one is left out.
 * @param national the national list, in code order
 * @param overrides the entries of regions.yaml that passed the schema, in file order
 * @returns every region (the list's in code order, then those only in regions.yaml with a code, by
 *   code, then those without a code, in file order) and the problems
 */
export function mergeRegions(national: readonly NationalRegion[], overrides: readonly RegionOverride[]): { regions: Region[]; problems: MergeProblem[] } {
	const problems: MergeProblem[] = [];
	const byCode = new Map(national.map((region) => [region.code, region]));
	const generated = nationalIds(national);
	const codeOfGenerated = new Map([...generated].map(([code, id]) => [id, code]));
	const pinned = new Map<string, RegionOverride>();
	const added: RegionOverride[] = [];
	const usedIds = new Set<string>();
	overrides.forEach((override, index) => {
		const division = override.code ? byCode.get(override.code) : undefined;
		const owner = codeOfGenerated.get(override.id);
		if (override.code && pinned.has(override.code)) {
			problems.push({ index, message: `code ${override.code} 已由 id “${pinned.get(override.code)?.id}”使用`, fix: '一个地区只写一项：删除重复的一项' });
			return;
		}
		if (owner !== undefined && owner !== override.code) {
			const region = byCode.get(owner) as NationalRegion;
			problems.push({
				index,
				message: `id “${override.id}”是全国行政区划表中${describe(region, byCode)}的 id`,
				fix: division || override.code === null ? `换一个 id；如果说的就是${region.name}，写 code: '${region.code}'` : `换一个 id`,
			});
			return;
		}
		if (usedIds.has(override.id)) return; // reported by the content check as a repeated id
		if (override.code && !division && (!override.name || !override.level)) {
			problems.push({ index, message: `code ${override.code} 不在全国行政区划表中`, fix: '核对代码；如果是表中还没有的新地区，写上 name、level 和 parent' });
			return;
		}
		usedIds.add(override.id);
		if (division) pinned.set(division.code, override);
		else added.push(override);
	});
	const idOf = (code: string) => pinned.get(code)?.id ?? (generated.get(code) as string);
	const regions: Region[] = national.map((division) => {
		const override = pinned.get(division.code);
		return {
			id: idOf(division.code),
			name: override?.name ?? division.name,
			level: override?.level ?? division.level,
			parent: override && override.parent !== undefined ? override.parent : division.parentCode ? idOf(division.parentCode) : null,
			code: division.code,
		};
	});
	const extra = added.map((override) => ({
		id: override.id,
		name: override.name as string,
		level: override.level as RegionLevel,
		parent: override.parent ?? null,
		code: override.code,
	}));
	const withCode = [...regions, ...extra.filter((region) => region.code !== null)].sort((a, b) => (a.code as string).localeCompare(b.code as string));
	return { regions: [...withCode, ...extra.filter((region) => region.code === null)], problems };
}
