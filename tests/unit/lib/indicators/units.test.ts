import { describe, expect, it } from 'vitest';
import { readUnit } from '../../../../src/lib/indicators/units.ts';

describe('readUnit', () => {
	it('reads the longer written form first (个百分点 before 个, 人次 before 人, 周岁 before 岁)', () => {
		expect(readUnit('5个百分点', 1)?.unit).toBe('个百分点');
		expect(readUnit('3000人次', 4)?.unit).toBe('人次');
		expect(readUnit('65周岁', 2)?.unit).toBe('岁');
	});

	it('allows spaces inside a unit and normalises its spelling', () => {
		expect(readUnit('9.5/10 万', 3)).toEqual({ unit: '/10万', end: 8 });
		expect(readUnit('60名', 2)?.unit).toBe('人');
	});

	it('keeps a 万/亿 multiplier in the unit', () => {
		expect(readUnit('3.6万名', 3)?.unit).toBe('万人');
		expect(readUnit('2.5亿元', 3)?.unit).toBe('亿元');
	});

	it('does not read the start of another word as a unit (人民医院, 所有)', () => {
		expect(readUnit('3人民医院', 1)).toBeNull();
		expect(readUnit('5所有', 1)).toBeNull();
		expect(readUnit('2019年', 4)).toBeNull();
	});
});
