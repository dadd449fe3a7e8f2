import { describe, expect, it } from 'vitest';
import { buildDate } from '../../../src/lib/build-date.ts';

describe('buildDate', () => {
	const now = new Date('2026-12-02T23:30:00+08:00');

	it("is today's date in UTC without SOURCE_DATE_EPOCH", () => {
		expect(buildDate(undefined, now)).toBe('2026-12-02');
		expect(buildDate('', now)).toBe('2026-12-02');
	});

	it('is the day of SOURCE_DATE_EPOCH when it is set, whatever the day today', () => {
		expect(buildDate('1764633600', now)).toBe('2025-12-02');
		expect(buildDate(' 0 ', now)).toBe('1970-01-01');
	});

	it('refuses an epoch that is not a whole number of seconds', () => {
		expect(() => buildDate('2025-12-02', now)).toThrow('SOURCE_DATE_EPOCH 应为 1970 年以来的秒数（整数），现在是 2025-12-02');
	});
});
