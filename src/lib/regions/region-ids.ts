import { romanisePlaceName } from './romanise.ts';
import { shortRegionName } from './short-name.ts';
import type { NationalRegion, RegionLevel } from './types.ts';

/** Provinces before cities before counties: the higher division keeps the plain id. */
const TIER: Readonly<Record<RegionLevel, number>> = { 省: 0, 市: 1, 区: 2, 县: 2 };

/**
 * Gives every division of the national list its id, from its own name and its parent's only, so that
 * an id does not depend on the order of the list or on regions.yaml:
 * 1. the pinyin of the short name (上虞区 → shangyu, 内蒙古自治区 → neimenggu);
 * 2. when other divisions share that pinyin (朝阳市, 北京市朝阳区, 长春市朝阳区, 朝阳县), the one at the
 *    highest level keeps it if it is alone there (朝阳市 → chaoyang), and the others put their parent's
 *    pinyin in front (beijing-chaoyang, changchun-chaoyang, chaoyang-chaoyang);
 * 3. when that is still shared (和田市 and 和田县 under 和田地区), the pinyin of the whole name is used
 *    after the parent's (hetian-hetianshi, hetian-hetianxian);
 * 4. when even that is shared (the list has two 三元区 under 三明市), the code is added
 *    (sanyuan-350403).
 * A new division in a later edition of the list can only change the ids of divisions that share its
 * pinyin; regions.yaml pins the ids of regions that have plans, so their URLs never move.
 * @param regions the national list
 * @returns the id of each division by its code
 */
export function assignRegionIds(regions: readonly NationalRegion[]): Map<string, string> {
	const romanised = new Map(regions.map((region) => [region.code, romanisePlaceName(shortRegionName(region.name))]));
	const groups = new Map<string, NationalRegion[]>();
	for (const region of regions) {
		const base = romanised.get(region.code) ?? '';
		const group = groups.get(base);
		if (group) group.push(region);
		else groups.set(base, [region]);
	}
	const ids = new Map<string, string>();
	for (const [base, group] of groups) {
		if (group.length === 1) {
			ids.set(group[0].code, base);
			continue;
		}
		const top = Math.min(...group.map((region) => TIER[region.level]));
		const atTop = group.filter((region) => TIER[region.level] === top);
		const rest = atTop.length === 1 ? group.filter((region) => region !== atTop[0]) : group;
		if (atTop.length === 1) ids.set(atTop[0].code, base);
		const parentBase = (region: NationalRegion) => (region.parentCode ? romanised.get(region.parentCode) : undefined);
		const steps: ((region: NationalRegion) => string | null)[] = [
			(region) => (parentBase(region) ? `${parentBase(region)}-${base}` : null),
			(region) => (parentBase(region) ? `${parentBase(region)}-${romanisePlaceName(region.name)}` : null),
		];
		let pending = rest;
		for (const step of steps) {
			const proposed = new Map(pending.map((region) => [region, step(region)]));
			const counts = countValues(proposed.values());
			for (const [region, id] of proposed) if (id && counts.get(id) === 1) ids.set(region.code, id);
			pending = pending.filter((region) => !ids.has(region.code));
		}
		for (const region of pending) ids.set(region.code, `${base}-${region.code}`);
	}
	return ids;
}

function countValues(values: Iterable<string | null>): Map<string | null, number> {
	const counts = new Map<string | null, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
}
