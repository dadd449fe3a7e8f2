import { describe, expect, it } from 'vitest';
import { buildPresenceRows } from '../../../../src/lib/topics/presence.ts';

describe('buildPresenceRows', () => {
	const plans = [
		{ id: 'a/2019-priorities', region: 'a', year: 2019, topicItems: 2 },
		{ id: 'a/2019-summary', region: 'a', year: 2019, topicItems: 1 },
		{ id: 'a/2020-priorities', region: 'a', year: 2020, topicItems: 0 },
		{ id: 'b/2020-priorities', region: 'b', year: 2020, topicItems: 3 },
		{ id: 'unknown/unknown-summary', region: null, year: null, topicItems: 0 },
	];

	it('marks a cell present with the items of every plan that names the topic, absent when its plans do not, unknown without a plan', () => {
		expect(buildPresenceRows(plans, ['a', 'b', null], [2020, 2019, null])).toEqual([
			{
				region: 'a',
				cells: [
					{ state: 'absent', plans: ['a/2020-priorities'] },
					{ state: 'present', items: 3, plans: ['a/2019-priorities', 'a/2019-summary'] },
					{ state: 'unknown' },
				],
			},
			{ region: 'b', cells: [{ state: 'present', items: 3, plans: ['b/2020-priorities'] }, { state: 'unknown' }, { state: 'unknown' }] },
			{ region: null, cells: [{ state: 'unknown' }, { state: 'unknown' }, { state: 'absent', plans: ['unknown/unknown-summary'] }] },
		]);
	});
});
