import { describe, expect, it } from 'vitest';
import { readDocNumberLine, splitTitleDocNumber } from '../../../../src/lib/parse/doc-number.ts';

describe('readDocNumberLine', () => {
	it('reads a number on a line of its own', () => {
		expect(readDocNumberLine('湖卫健发〔2023〕1号')).toEqual({ value: '湖卫健发〔2023〕1号', repaired: false });
	});

	it('reads a number in traditional characters', () => {
		expect(readDocNumberLine('湘衛發〔2022〕3號')?.value).toBe('湘衛發〔2022〕3號');
	});

	it('puts back a closing bracket and 号 the copy lost, where the year makes it certain', () => {
		expect(readDocNumberLine('赣市府办字〔2015118')).toEqual({
			value: '赣市府办字〔2015〕118号',
			repaired: true,
		});
	});

	it('refuses sentences and dates', () => {
		expect(readDocNumberLine('根据《关于推进健康中原行动的实施意见》(豫政〔2019〕26号)')).toBeNull();
		expect(readDocNumberLine('2019412')).toBeNull();
	});
});

describe('splitTitleDocNumber', () => {
	it('splits a number in parentheses off a title', () => {
		expect(splitTitleDocNumber('2023年全市卫生健康工作要点（某卫发〔2023〕1号）')).toEqual({
			title: '2023年全市卫生健康工作要点',
			docNo: '某卫发〔2023〕1号',
		});
	});

	it('keeps a year range in parentheses', () => {
		expect(splitTitleDocNumber('健康河北建设行动方案(2023—2027年)')).toBeNull();
	});
});
