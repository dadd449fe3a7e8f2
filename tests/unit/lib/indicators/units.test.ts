import { describe, expect, it } from 'vitest';
import { RATE_UNITS, readUnit, unitDimension, UNITS, unitsCompatible } from '../../../../src/lib/indicators/units.ts';

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

describe('unitDimension and unitsCompatible', () => {
	it('gives every unit the reader stores a dimension, with or without 万/亿', () => {
		for (const { unit } of UNITS) {
			expect(unitDimension(unit), unit).not.toBeNull();
			expect(unitDimension(`万${unit}`), `万${unit}`).toBe(unitDimension(unit));
		}
		expect(unitDimension('人/千人')).toBeNull();
	});

	it('compares dimensions, not spellings: shares, counts of people, institutions, money', () => {
		expect(unitsCompatible('%', '‰')).toBe(true);
		expect(unitsCompatible('/10万', '‰')).toBe(true);
		expect(unitsCompatible('人', '万人')).toBe(true);
		expect(unitsCompatible('家', '所')).toBe(true);
		expect(unitsCompatible('家', '个')).toBe(true);
		expect(unitsCompatible('张', '床')).toBe(true);
		expect(unitsCompatible('元', '亿元')).toBe(true);
		expect(unitsCompatible('分钟', '小时')).toBe(true);
	});

	it('keeps apart what measures something else', () => {
		expect(unitsCompatible('%', '万人')).toBe(false);
		expect(unitsCompatible('%', '个百分点')).toBe(false);
		expect(unitsCompatible('人', '人次')).toBe(false);
		expect(unitsCompatible('人', '个')).toBe(false);
		expect(unitsCompatible('家', '项')).toBe(false);
		expect(unitsCompatible('元', '人')).toBe(false);
		expect(unitsCompatible('岁', '天')).toBe(false);
	});

	it('lets only the general classifiers count across dimensions (个 counts 家, 次 counts 人次)', () => {
		expect(unitsCompatible('个', '家')).toBe(true);
		expect(unitsCompatible('次', '人次')).toBe(true);
		expect(unitsCompatible('项', '家')).toBe(false);
		expect(unitsCompatible('场', '人次')).toBe(false);
	});

	it('fits a unit it does not know only to the same spelling', () => {
		expect(unitsCompatible('人/千人', '人/千人')).toBe(true);
		expect(unitsCompatible('人/千人', '人')).toBe(false);
	});

	it('counts shares, changes of shares and multiples as rates, and nothing else', () => {
		expect([...RATE_UNITS].sort()).toEqual(['%', '/10万', '/万', '‰', '‱', '个百分点', '倍'].sort());
	});
});
