import { describe, expect, it } from 'vitest';
import { parseGitStatus } from '../../../../src/lib/history/parse-git-status.ts';

describe('parseGitStatus', () => {
	it('lists new, changed, staged and renamed files, but not a rename’s old path', () => {
		const output = ['?? content/plans/a/2020-priorities.md', ' M content/plans/a/2019-priorities.md', 'A  content/plans/b/2021-priorities.md', 'R  content/plans/c/2022-priorities.md', 'content/plans/c/2022-plan.md', 'MM content/plans/d/x.md', ''].join('\0');
		expect(parseGitStatus(output)).toEqual(['content/plans/a/2020-priorities.md', 'content/plans/a/2019-priorities.md', 'content/plans/b/2021-priorities.md', 'content/plans/c/2022-priorities.md', 'content/plans/d/x.md']);
	});

	it('lists nothing for a clean working tree', () => {
		expect(parseGitStatus('')).toEqual([]);
	});
});
