import { describe, expect, it } from 'vitest';
import { planDataFiles } from '../../../scripts/lib/plan-data-files.ts';

describe('planDataFiles', () => {
	it("gives each plan a file of its record with its own items and targets, named by its id", () => {
		const plans = [{ id: 'a/2019-priorities' }, { id: 'b/2020-summary' }];
		const items = [{ plan: 'a/2019-priorities', id: 's1' }, { plan: 'b/2020-summary', id: 's1' }, { plan: 'a/2019-priorities', id: 's2' }];
		const indicators = [{ plan: 'b/2020-summary', item: 's1' }];
		expect([...planDataFiles(plans, items, indicators)]).toEqual([
			{ path: 'plans/a/2019-priorities.json', file: { plan: plans[0], items: [items[0], items[2]], indicators: [] } },
			{ path: 'plans/b/2020-summary.json', file: { plan: plans[1], items: [items[1]], indicators } },
		]);
	});
});
