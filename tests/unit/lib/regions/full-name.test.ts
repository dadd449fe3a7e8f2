import { describe, expect, it } from 'vitest';
import { ancestors, regionFullName } from '../../../../src/lib/regions/full-name.ts';
import { mergeRegions } from '../../../../src/lib/regions/merge-regions.ts';
import { readNationalList } from '../../../../src/lib/regions/national-list.ts';

const { regions } = mergeRegions(readNationalList(), [{ id: 'qinhuangdao', code: '130300' }]);
const byId = new Map(regions.map((region) => [region.id, region]));
const region = (id: string) => byId.get(id) as (typeof regions)[number];

describe('regionFullName', () => {
	it('names a region with the regions above it', () => {
		expect(regionFullName(region('qinhuangdao'), byId)).toBe('河北省秦皇岛市');
		expect(regionFullName(region('changchun-chaoyang'), byId)).toBe('吉林省长春市朝阳区');
		expect(regionFullName(region('hebei'), byId)).toBe('河北省');
	});

	it('stops where a parent chain comes back to a region it passed', () => {
		const county = { id: 'county', name: '甲县', parent: 'city' };
		const city = { id: 'city', name: '乙市', parent: 'county' };
		const loop = new Map([county, city].map((link) => [link.id, link]));
		expect(ancestors(county, loop)).toEqual([city]);
		expect(regionFullName(county, loop)).toBe('乙市甲县');
	});
});
