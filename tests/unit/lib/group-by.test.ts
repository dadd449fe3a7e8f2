import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../src/lib/group-by.ts';

describe('groupBy', () => {
	it('keeps the groups in the order first seen and the items in their order', () => {
		expect([...groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0])]).toEqual([
			['b', ['b1', 'b2']],
			['a', ['a1', 'a2']],
			['c', ['c1']],
		]);
	});
});
