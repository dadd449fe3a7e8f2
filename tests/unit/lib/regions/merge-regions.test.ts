import { describe, expect, it } from 'vitest';
import { mergeRegions } from '../../../../src/lib/regions/merge-regions.ts';
import type { NationalRegion } from '../../../../src/lib/regions/types.ts';

const national: NationalRegion[] = [
	{ code: '130000', name: '河北省', level: '省', parentCode: null },
	{ code: '130300', name: '秦皇岛市', level: '市', parentCode: '130000' },
	{ code: '130304', name: '北戴河区', level: '区', parentCode: '130300' },
	{ code: '130324', name: '卢龙县', level: '县', parentCode: '130300' },
];

const byId = (overrides: Parameters<typeof mergeRegions>[1]) => new Map(mergeRegions(national, overrides).regions.map((region) => [region.id, region]));

describe('mergeRegions', () => {
	it('gives every division of the list a region, with its generated id and its parent', () => {
		const { regions, problems } = mergeRegions(national, []);
		expect(problems).toEqual([]);
		expect(regions).toEqual([
			{ id: 'hebei', name: '河北省', level: '省', parent: null, code: '130000' },
			{ id: 'qinhuangdao', name: '秦皇岛市', level: '市', parent: 'hebei', code: '130300' },
			{ id: 'beidaihe', name: '北戴河区', level: '区', parent: 'qinhuangdao', code: '130304' },
			{ id: 'lulong', name: '卢龙县', level: '县', parent: 'qinhuangdao', code: '130324' },
		]);
	});

	it('lets regions.yaml pin an id, which the region’s counties then name as their parent', () => {
		const regions = byId([{ id: 'qhd', code: '130300' }]);
		expect(regions.get('qhd')).toMatchObject({ name: '秦皇岛市', parent: 'hebei' });
		expect(regions.get('beidaihe')?.parent).toBe('qhd');
		expect(regions.has('qinhuangdao')).toBe(false);
	});

	it('lets regions.yaml override the name, level and parent of a division', () => {
		const regions = byId([{ id: 'beidaihe', code: '130304', name: '北戴河新区', level: '县', parent: 'hebei' }]);
		expect(regions.get('beidaihe')).toEqual({ id: 'beidaihe', name: '北戴河新区', level: '县', parent: 'hebei', code: '130304' });
	});

	it('adds regions the list lacks: without a code after the list, with a newer code in code order', () => {
		const { regions } = mergeRegions(national, [
			{ id: 'fixture-county', code: null, name: '样例县', level: '县', parent: null },
			{ id: 'xinqu', code: '130310', name: '新区', level: '区', parent: 'qinhuangdao' },
		]);
		expect(regions.map((region) => region.id)).toEqual(['hebei', 'qinhuangdao', 'beidaihe', 'xinqu', 'lulong', 'fixture-county']);
	});

	it('refuses an id that another division has, and a code used twice', () => {
		const { regions, problems } = mergeRegions(national, [
			{ id: 'beidaihe', code: null, name: '北戴河区', level: '区', parent: 'qinhuangdao' },
			{ id: 'qhd', code: '130300' },
			{ id: 'qhd2', code: '130300' },
			{ id: 'xinqu', code: '130399' },
		]);
		expect(problems).toEqual([
			{ index: 0, message: 'id “beidaihe”是全国行政区划表中北戴河区（河北省秦皇岛市）的 id', fix: "换一个 id；如果说的就是北戴河区，写 code: '130304'" },
			{ index: 2, message: 'code 130300 已由 id “qhd”使用', fix: '一个地区只写一项：删除重复的一项' },
			{ index: 3, message: 'code 130399 不在全国行政区划表中', fix: '核对代码；如果是表中还没有的新地区，写上 name、level 和 parent' },
		]);
		expect(regions.filter((region) => region.id === 'beidaihe')).toEqual([{ id: 'beidaihe', name: '北戴河区', level: '区', parent: 'qhd', code: '130304' }]);
	});
});
