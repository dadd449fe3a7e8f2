import { describe, expect, it } from 'vitest';
import { inPieces } from '../../../src/lib/in-pieces.ts';

describe('inPieces', () => {
	it('cuts an array or a generator into pieces of the size, the last one shorter', () => {
		expect([...inPieces([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
		function* made() {
			for (let value = 0; value < 4; value++) yield value;
		}
		expect([...inPieces(made(), 2)]).toEqual([[0, 1], [2, 3]]);
		expect([...inPieces([], 2)]).toEqual([]);
	});
});
