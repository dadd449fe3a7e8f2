import { describe, expect, it } from 'vitest';
import { findGluedYearRanges, parseDate } from '../../../../src/lib/parse/dates.ts';

describe('parseDate', () => {
	it.each([
		['2019-04-12', '2019-04-12'],
		['2025-03-31 16:24', '2025-03-31'],
		['2017年05月04日', '2017-05-04'],
		['2017年5月4日', '2017-05-04'],
		['二〇一九年四月十二日', '2019-04-12'],
	])('reads %s', (text, date) => {
		expect(parseDate(text)).toMatchObject({ date, form: 'full' });
	});

	it('never turns digits without separators into a date, but lists the readings', () => {
		expect(parseDate('2019412')).toEqual({
			date: null,
			form: 'digits',
			candidates: ['2019-04-12'],
		});
		expect(parseDate('2019112').candidates).toEqual(['2019-01-12', '2019-11-02']);
	});

	it('knows a date whose day is missing', () => {
		expect(parseDate('2017年4月 日')).toMatchObject({ date: null, form: 'partial' });
	});

	it('refuses impossible days', () => {
		expect(parseDate('2019-02-30').date).toBeNull();
	});
});

describe('findGluedYearRanges', () => {
	it('finds a year range that lost its dash', () => {
		expect(findGluedYearRanges('《国民营养计划(20182030年)实施方案》')).toEqual(['20182030年']);
		expect(findGluedYearRanges('(2016-2020年)')).toEqual([]);
	});
});
