import { describe, expect, it } from 'vitest';
import { shortRegionName } from '../../../../src/lib/regions/short-name.ts';

describe('shortRegionName', () => {
	it.each([
		['上虞区', '上虞'],
		['秦皇岛市', '秦皇岛'],
		['河北省', '河北'],
		['内蒙古自治区', '内蒙古'],
		['广西壮族自治区', '广西'],
		['新疆维吾尔自治区', '新疆'],
		['西藏自治区', '西藏'],
		['恩施土家族苗族自治州', '恩施'],
		['伊犁哈萨克自治州', '伊犁'],
		['白沙黎族自治县', '白沙'],
		['东乡族自治县', '东乡'],
		['龙胜各族自治县', '龙胜'],
		['和田地区', '和田'],
		['锡林郭勒盟', '锡林郭勒'],
		['浦东新区', '浦东'],
		['六枝特区', '六枝'],
		['神农架林区', '神农架'],
		['碑林区', '碑林'],
		['香港特别行政区', '香港'],
	])('%s → %s', (name, short) => {
		expect(shortRegionName(name)).toBe(short);
	});

	it('keeps the ending of a name that would be left with one character', () => {
		expect(['城区', '和县', '沛县', '东区'].map(shortRegionName)).toEqual(['城区', '和县', '沛县', '东区']);
	});
});
