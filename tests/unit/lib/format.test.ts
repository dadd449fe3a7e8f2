import { describe, expect, it } from 'vitest';
import { formatDate, formatFileSize, formatYear, orUnknown, splitAfterSeparators } from '../../../src/lib/format.ts';

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

	it('gives file sizes in bytes below a kilobyte, then in KB and MB of 1,024 with one decimal', () => {
		expect(formatFileSize(0)).toBe('0 字节');
		expect(formatFileSize(1023)).toBe('1023 字节');
		expect(formatFileSize(1024)).toBe('1.0 KB');
		expect(formatFileSize(12_700)).toBe('12.4 KB');
		expect(formatFileSize(1024 * 1024 - 1)).toBe('1.0 MB');
		expect(formatFileSize(3_250_000)).toBe('3.1 MB');
	});

	it('splits an index number after its separators only', () => {
		expect(splitAfterSeparators('002590542/2025-01145')).toEqual(['002590542/', '2025-', '01145']);
		expect(splitAfterSeparators('秦卫发〔2019〕12号')).toEqual(['秦卫发〔2019〕12号']);
		expect(splitAfterSeparators('a/')).toEqual(['a/']);
		expect(splitAfterSeparators('')).toEqual(['']);
	});
});
