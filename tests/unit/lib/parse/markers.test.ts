import { describe, expect, it } from 'vitest';
import {
	formatChineseNumeral,
	parseChineseNumeral,
	parseMarker,
} from '../../../../src/lib/parse/markers.ts';

describe('parseMarker', () => {
	it.each([
		['第一部分 总体要求', 'part', 1],
		['一、提高站位', 'cn-dun', 1],
		['十二、统筹规划', 'cn-dun', 12],
		['（五十六）狠抓安全生产', 'cn-paren', 56],
		['(六)健全完善', 'cn-paren', 6],
		['1.工作目标', 'num-dot', 1],
		['１．工作目标', 'num-dot', 1],
		['3、宣传工作', 'num-dun', 3],
		['（1）持续推进', 'num-paren', 1],
		['(12)加强', 'num-paren', 12],
		['⑤开展', 'circled', 5],
	])('reads %s as %s %d', (text, family, value) => {
		expect(parseMarker(text)).toMatchObject({ family, value });
	});

	it.each([
		'82.8岁',
		'9.0%以下',
		'2025-01145',
		'(2016-2020年)',
		'1+X',
		'一是着力抓政治建设',
		'2019年',
		'第二项重点',
	])('does not read %s as a marker', (text) => {
		expect(parseMarker(text)).toBeNull();
	});

	it('keeps the marker exactly as written', () => {
		expect(parseMarker('（一）坚持')?.raw).toBe('（一）');
		expect(parseMarker('(一)坚持')?.raw).toBe('(一)');
	});
});

describe('Chinese numerals', () => {
	it('round-trips 1–99', () => {
		for (let value = 1; value < 100; value++)
			expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value);
	});
});
