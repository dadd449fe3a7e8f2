import { describe, expect, it } from 'vitest';
import { flattenDivisions, readNationalList } from '../../../../src/lib/regions/national-list.ts';

describe('flattenDivisions', () => {
	it('skips groupings and development zones, hangs districts of municipalities on the province', () => {
		const tree = [
			{ code: '110000', name: '北京市', children: [{ code: '110105', name: '朝阳区' }] },
			{
				code: '130000',
				name: '河北省',
				children: [
					{
						code: '130300',
						name: '秦皇岛市',
						children: [
							{ code: '130301', name: '市辖区' },
							{ code: '130304', name: '北戴河区' },
							{ code: '130324', name: '卢龙县' },
							{ code: '130371', name: '秦皇岛市经济技术开发区' },
						],
					},
				],
			},
			{ code: '420000', name: '湖北省', children: [{ code: '429000', name: '湖北省-自治区直辖县级行政区划', children: [{ code: '429004', name: '仙桃市' }] }] },
			{ code: '810000', name: '香港特别行政区', children: [{ code: '810001', name: '中西区' }] },
		];
		expect(flattenDivisions(tree).map((region) => `${region.code} ${region.name} ${region.level} ${region.parentCode}`)).toEqual([
			'110000 北京市 省 null',
			'110105 朝阳区 区 110000',
			'130000 河北省 省 null',
			'130300 秦皇岛市 市 130000',
			'130304 北戴河区 区 130300',
			'130324 卢龙县 县 130300',
			'420000 湖北省 省 null',
			'429004 仙桃市 县 420000',
			'810000 香港特别行政区 省 null',
		]);
	});

	it('keeps one of two divisions of one name under one parent: the later code', () => {
		const tree = [{ code: '350000', name: '福建省', children: [{ code: '350400', name: '三明市', children: [{ code: '350403', name: '三元区' }, { code: '350404', name: '三元区' }] }] }];
		expect(flattenDivisions(tree).map((region) => region.code)).toEqual(['350000', '350400', '350404']);
	});
});

describe('readNationalList', () => {
	const national = readNationalList();

	it('has every province, city and county level division with a six-digit code, once', () => {
		const count = (level: string) => national.filter((region) => region.level === level).length;
		expect(count('省')).toBe(34);
		expect(count('市')).toBeGreaterThan(330);
		expect(count('区') + count('县')).toBeGreaterThan(2800);
		expect(national.every((region) => /^\d{6}$/.test(region.code))).toBe(true);
		expect(new Set(national.map((region) => region.code)).size).toBe(national.length);
	});

	it('gives each county its parents', () => {
		const byCode = new Map(national.map((region) => [region.code, region]));
		const chain = (code: string) => {
			const names: string[] = [];
			for (let region = byCode.get(code); region; region = region.parentCode ? byCode.get(region.parentCode) : undefined) names.unshift(region.name);
			return names;
		};
		expect(chain('330604')).toEqual(['浙江省', '绍兴市', '上虞区']);
		expect(chain('653201')).toEqual(['新疆维吾尔自治区', '和田地区', '和田市']);
		expect(chain('110105')).toEqual(['北京市', '朝阳区']);
		expect(chain('429004')).toEqual(['湖北省', '仙桃市']);
		expect(national.every((region) => region.parentCode === null || byCode.has(region.parentCode))).toBe(true);
	});
});
