import { describe, expect, it } from 'vitest';
import { additionDate, byNewestAddition, latestDate } from '../../../src/lib/additions.ts';

describe('additions', () => {
	it('orders plans by import date, then by publication date, newest first, undated last in their order', () => {
		const plans = [
			{ id: 'undated-1', imported: null, published: null },
			{ id: 'published-2019', imported: null, published: '2019-04-12' },
			{ id: 'imported-2026-old', imported: '2026-11-24', published: '2017-01-01' },
			{ id: 'undated-2', imported: null, published: null },
			{ id: 'imported-2026-new', imported: '2026-11-24', published: '2025-03-31' },
			{ id: 'published-2024', imported: null, published: '2024-03-12' },
			{ id: 'imported-2026-12', imported: '2026-12-01', published: null },
		];
		expect([...plans].sort(byNewestAddition).map((plan) => plan.id)).toEqual([
			'imported-2026-12',
			'imported-2026-new',
			'imported-2026-old',
			'published-2024',
			'published-2019',
			'undated-1',
			'undated-2',
		]);
	});

	it('dates an addition by its import, else by its publication', () => {
		expect(additionDate({ imported: '2026-11-24', published: '2019-04-12' })).toBe('2026-11-24');
		expect(additionDate({ imported: null, published: '2019-04-12' })).toBe('2019-04-12');
		expect(additionDate({ imported: null, published: null })).toBeNull();
	});

	it('finds the latest known date, or null when none is known', () => {
		expect(latestDate(['2025-03-31', null, '2026-11-24', '2019-04-12'])).toBe('2026-11-24');
		expect(latestDate([null, null])).toBeNull();
		expect(latestDate([])).toBeNull();
	});
});
