import { describe, expect, it } from 'vitest';
import { formatDate, formatYear, orUnknown, splitAfterSeparators } from '../../../src/lib/format.ts';

describe('format', () => {
	it('formats dates in Chinese without shifting the day', () => {
		expect(formatDate('2019-04-12')).toBe('2019年4月12日');
		expect(formatDate('2025-12-31')).toBe('2025年12月31日');
	});

	it('says 不详 for what is unknown', () => {
		expect(formatDate(null)).toBe('不详');
		expect(formatYear(null)).toBe('年份不详');
		expect(orUnknown(null)).toBe('不详');
		expect(formatYear(2017)).toBe('2017年');
	});

	it('splits an index number after its separators only', () => {
		expect(splitAfterSeparators('002590542/2025-01145')).toEqual(['002590542/', '2025-', '01145']);
		expect(splitAfterSeparators('秦卫发〔2019〕12号')).toEqual(['秦卫发〔2019〕12号']);
		expect(splitAfterSeparators('a/')).toEqual(['a/']);
		expect(splitAfterSeparators('')).toEqual(['']);
	});
});
