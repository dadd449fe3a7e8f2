import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/lib/check/problem.ts';
import { sameUrlProblem, twinPath } from '../../../../src/lib/check/same-url.ts';

describe('twinPath', () => {
	it('names the .mdx of a .md and the .md of a .mdx', () => {
		expect(twinPath('/c/plans/qinhuangdao/2019-priorities.md')).toBe('/c/plans/qinhuangdao/2019-priorities.mdx');
		expect(twinPath('2019-priorities.mdx')).toBe('2019-priorities.md');
	});
});

describe('sameUrlProblem', () => {
	it('names the twin and the URL they share', () => {
		expect(formatProblem(sameUrlProblem('content/plans/qinhuangdao/2019-priorities.mdx', 'content/plans/qinhuangdao/2019-priorities.md'))).toBe(
			'content/plans/qinhuangdao/2019-priorities.mdx:1: 与 content/plans/qinhuangdao/2019-priorities.md 的网址相同（qinhuangdao/2019-priorities） → 同一文件只保留 .md 或 .mdx 之一，或给其中一个改名',
		);
	});
});
