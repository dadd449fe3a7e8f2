import { describe, expect, it } from 'vitest';
import { readNationalList } from '../../../../src/lib/regions/national-list.ts';
import { assignRegionIds } from '../../../../src/lib/regions/region-ids.ts';
import { romanisePlaceName } from '../../../../src/lib/regions/romanise.ts';
import type { NationalRegion } from '../../../../src/lib/regions/types.ts';

const region = (code: string, name: string, level: NationalRegion['level'], parentCode: string | null): NationalRegion => ({ code, name, level, parentCode });

describe('assignRegionIds', () => {
	const sample = [
		region('110000', '北京市', '省', null),
		region('110105', '朝阳区', '区', '110000'),
		region('220000', '吉林省', '省', null),
		region('220100', '长春市', '市', '220000'),
		region('220104', '朝阳区', '区', '220100'),
		region('220200', '吉林市', '市', '220000'),
		region('210000', '辽宁省', '省', null),
		region('211300', '朝阳市', '市', '210000'),
		region('211321', '朝阳县', '县', '211300'),
		region('650000', '新疆维吾尔自治区', '省', null),
		region('653200', '和田地区', '市', '650000'),
		region('653201', '和田市', '县', '653200'),
		region('653221', '和田县', '县', '653200'),
	];

	it('uses the pinyin of the short name when no other division shares it', () => {
		const ids = assignRegionIds(sample);
		expect([ids.get('110000'), ids.get('220100'), ids.get('650000')]).toEqual(['beijing', 'changchun', 'xinjiang']);
	});

	it('lets the highest division keep a shared pinyin and puts the parent in front of the others', () => {
		const ids = assignRegionIds(sample);
		expect([ids.get('211300'), ids.get('110105'), ids.get('220104'), ids.get('211321')]).toEqual(['chaoyang', 'beijing-chaoyang', 'changchun-chaoyang', 'chaoyang-chaoyang']);
		expect([ids.get('220000'), ids.get('220200')]).toEqual(['jilin', 'jilin-jilin']);
	});

	it('uses the whole name when namesakes share a parent, and the code as a last resort', () => {
		const ids = assignRegionIds(sample);
		expect([ids.get('653200'), ids.get('653201'), ids.get('653221')]).toEqual(['hetian', 'hetian-hetianshi', 'hetian-hetianxian']);
		const twins = assignRegionIds([region('350000', '福建省', '省', null), region('350400', '三明市', '市', '350000'), region('350403', '三元区', '区', '350400'), region('350404', '三元区', '区', '350400')]);
		expect([twins.get('350403'), twins.get('350404')]).toEqual(['sanyuan-350403', 'sanyuan-350404']);
	});

	it('does not depend on the order of the list', () => {
		expect([...assignRegionIds([...sample].reverse())].sort()).toEqual([...assignRegionIds(sample)].sort());
	});

	it('gives every division of the national list a unique ASCII kebab-case id', () => {
		const ids = [...assignRegionIds(readNationalList()).values()];
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
	});

	// The ids of the project's first regions were written by hand before the national list; the rule gives the same.
	it('gives the ids content/regions.yaml pins', () => {
		const national = readNationalList();
		const ids = assignRegionIds(national);
		const idOf = (name: string) => ids.get(national.find((division) => division.name === name)?.code ?? '');
		expect(['山东省', '淄博市', '临淄区', '内蒙古自治区', '包头市', '浙江省', '绍兴市', '上虞区', '河北省', '秦皇岛市'].map(idOf)).toEqual([
			'shandong', 'zibo', 'linzi', 'neimenggu', 'baotou', 'zhejiang', 'shaoxing', 'shangyu', 'hebei', 'qinhuangdao',
		]);
	});
});

describe('romanisePlaceName', () => {
	it('reads place names as places are read, in ASCII', () => {
		expect(['秦皇岛', '乐亭', '喀什', '成都', '陕西', '山西', '吕梁', '略阳'].map(romanisePlaceName)).toEqual(['qinhuangdao', 'laoting', 'kashi', 'chengdu', 'shaanxi', 'shanxi', 'lvliang', 'lueyang']);
	});
});
