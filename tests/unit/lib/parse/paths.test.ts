import { describe, expect, it } from 'vitest';
import { choosePlanPath } from '../../../../src/lib/parse/paths.ts';

const key = {
	region: 'qinhuangdao',
	year: 2019,
	kind: '要点' as const,
	sourceFile: 'a.txt',
	part: null,
};

describe('choosePlanPath', () => {
	it('builds region/year-kind.md', () => {
		expect(choosePlanPath(key, new Set(), [])).toBe('qinhuangdao/2019-priorities.md');
	});

	it('uses unknown for a missing region or year', () => {
		expect(
			choosePlanPath({ ...key, region: null, year: null, kind: '总结与计划' }, new Set(), []),
		).toBe('unknown/unknown-summary-plan.md');
	});

	it('adds -2 when another document or source already has the name', () => {
		expect(choosePlanPath(key, new Set(['qinhuangdao/2019-priorities.md']), [])).toBe(
			'qinhuangdao/2019-priorities-2.md',
		);
		const existing = [
			{ path: 'qinhuangdao/2019-priorities.md', sourceFile: 'other.txt', sourcePart: null },
		];
		expect(choosePlanPath(key, new Set(), existing)).toBe('qinhuangdao/2019-priorities-2.md');
	});

	it('gives a re-import of the same source its old path', () => {
		const existing = [
			{ path: 'qinhuangdao/2019-priorities.md', sourceFile: 'a.txt', sourcePart: null },
		];
		expect(choosePlanPath(key, new Set(), existing)).toBe('qinhuangdao/2019-priorities.md');
	});
});
