import { describe, expect, it } from 'vitest';
import { planSourcePath } from '../../../src/lib/plan-downloads.ts';

describe('planSourcePath', () => {
	it("names the download by the plan's id with its source's extension", () => {
		expect(planSourcePath('qinhuangdao/2019-priorities', 'content/plans/qinhuangdao/2019-priorities.md')).toBe('/data/plans/qinhuangdao/2019-priorities.md');
		expect(planSourcePath('qinhuangdao/2019-priorities', 'content/plans/qinhuangdao/2019-priorities.mdx')).toBe('/data/plans/qinhuangdao/2019-priorities.mdx');
	});
});
