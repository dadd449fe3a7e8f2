import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyPlanSourceFiles, planDataFiles } from '../../../scripts/lib/plan-data-files.ts';
import { CONTENT_ROOT } from '../../../src/content-root.ts';

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

describe('copyPlanSourceFiles', () => {
	const site = mkdtempSync(join(tmpdir(), 'health-plans-sources-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	it("copies each plan's source from the content root, byte for byte, to its download address", async () => {
		const plans = [{ id: 'qinhuangdao/2019-priorities', source_file: 'content/plans/qinhuangdao/2019-priorities.md' }];
		expect(await copyPlanSourceFiles(site, plans)).toBe(1);
		expect(readFileSync(join(site, 'data/plans/qinhuangdao/2019-priorities.md'))).toEqual(readFileSync(join(CONTENT_ROOT, 'plans/qinhuangdao/2019-priorities.md')));
	});

	it('fails when a source file is not in the content root', async () => {
		await expect(copyPlanSourceFiles(site, [{ id: 'nowhere/2019-priorities', source_file: 'content/plans/nowhere/2019-priorities.md' }])).rejects.toThrow('ENOENT');
	});
});
