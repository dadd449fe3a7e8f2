import { describe, expect, it } from 'vitest';
import { closestWords, editDistance } from '../../../src/lib/edit-distance.ts';

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('qinhuangdao', 'qinhuangdao')).toBe(0);
		expect(editDistance('qinhuangda', 'qinhuangdao')).toBe(1);
		expect(editDistance('qinhuangdoa', 'qinhuangdao')).toBe(2);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('closestWords', () => {
	it('returns the nearest words within a quarter of the length (at least two edits), nearest first', () => {
		expect(closestWords('famly-doctor', ['tcm', 'family-doctor'])).toEqual(['family-doctor']);
		expect(closestWords('qinhuangdoa', ['baotou', 'qinhuangdao', 'qinhuangda'], 3)).toEqual(['qinhuangda', 'qinhuangdao']);
		expect(closestWords('xyz', ['qinhuangdao'])).toEqual([]);
	});
});
