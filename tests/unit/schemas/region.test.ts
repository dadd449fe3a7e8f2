import { describe, expect, it } from 'vitest';
import { RegionSchema } from '../../../src/schemas/region.ts';

const issues = (value: unknown) => RegionSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('RegionSchema', () => {
	it('accepts an id with the code of a division of the national list, and nothing else', () => {
		expect(RegionSchema.parse({ id: 'qinhuangdao', code: '130300' })).toEqual({ id: 'qinhuangdao', code: '130300' });
	});

	it('accepts overrides of the national list beside the code', () => {
		const entry = { id: 'qinhuangdao', code: '130300', name: '秦皇岛市', level: '市', parent: 'hebei' };
		expect(RegionSchema.parse(entry)).toEqual(entry);
	});

	it('needs a name and a level for a region outside the national list (code null)', () => {
		expect(issues({ id: 'fixture-county', code: null })).toEqual([
			['name', '缺少 name'],
			['level', '缺少 level'],
		]);
		expect(RegionSchema.parse({ id: 'fixture-county', name: '样例县', level: '县' })).toEqual({ id: 'fixture-county', name: '样例县', level: '县', code: null });
	});

	it('rejects a code that is not six digits, a level it does not know and an id that is not ASCII', () => {
		expect(issues({ id: 'beidaihe', code: '130304x' })).toEqual([['code', 'code 必须是六位行政区划代码：例如 130300，不知道就写 null']]);
		expect(issues({ id: 'beidaihe', code: '130304', level: '镇' })).toEqual([['level', 'level 不是已知的行政级别：请写 省、市、区、县 之一']]);
		expect(issues({ id: '北戴河', code: '130304' })?.[0][0]).toBe('id');
	});
});
