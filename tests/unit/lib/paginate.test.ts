import { describe, expect, it } from 'vitest';
import { pagePath, paginateGroups } from '../../../src/lib/paginate.ts';

const size = (group: number[]) => group.length;

describe('paginateGroups', () => {
	it('fills pages up to the limit without splitting a group, in order', () => {
		const groups = [[1, 2], [3, 4, 5], [6], [7, 8, 9, 10]];
		expect(paginateGroups(groups, size, 5)).toEqual([[[1, 2], [3, 4, 5]], [[6], [7, 8, 9, 10]]]);
	});

	it('gives a group larger than a page a page of its own', () => {
		expect(paginateGroups([[1], [2, 3, 4, 5, 6, 7], [8]], size, 3)).toEqual([[[1]], [[2, 3, 4, 5, 6, 7]], [[8]]]);
	});

	it('has no page for no groups', () => {
		expect(paginateGroups([], size, 3)).toEqual([]);
	});
});

describe('pagePath', () => {
	it('keeps the base for the first page and appends the number after it', () => {
		expect(pagePath('/topics/tcm/2019/', 1)).toBe('/topics/tcm/2019/');
		expect(pagePath('/topics/tcm/2019/', 3)).toBe('/topics/tcm/2019/3/');
	});
});
