/**
 * 省 (province level), 市 (prefecture level), 区 or 县 (county level: 区 for districts, 县 for
 * counties, county-level cities and banners). The same list as REGION_LEVELS in src/schemas/region.ts.
 */
export type RegionLevel = '省' | '市' | '区' | '县';

/** One division of the national list (GB/T 2260), before it has an id. */
export interface NationalRegion {
	/** Six-digit 行政区划代码, e.g. 330604. */
	code: string;
	/** Official name, e.g. 上虞区. */
	name: string;
	level: RegionLevel;
	/** Code of the enclosing division, or null for a province. Pseudo-divisions (市辖区, 省直辖县级行政区划) are skipped. */
	parentCode: string | null;
}

/** A region as the importer, the content check and the site use it: national list and regions.yaml merged. */
export interface Region {
	/** ASCII kebab-case id, used in content/plans/<id>/ and in URLs. */
	id: string;
	name: string;
	level: RegionLevel;
	/** Id of the enclosing region, or null for a province. */
	parent: string | null;
	/** Six-digit 行政区划代码, or null for a region outside the national list without one. */
	code: string | null;
}
