import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../../src/lib/history/parse-git-log.ts';
import { gitLogOutput } from '../../../support/git-log-output.ts';

describe('parseGitLog', () => {
	it('reads hash, parents, day, message and changed files of each commit, newest first', () => {
		const output = gitLogOutput([
			{ hash: 'c2', parents: ['c1'], date: '2025-03-01T10:00:00+08:00', subject: '更正第二条的文字', changes: [['M', 'content/plans/a/2019-priorities.md']] },
			{ hash: 'c1', date: '2025-01-15T09:30:00+08:00', subject: '收录 2019 年工作要点', changes: [['A', 'content/plans/a/2019-priorities.md'], ['A', 'content/plans/b/2020-priorities.md']] },
		]);
		expect(parseGitLog(output)).toEqual([
			{ hash: 'c2', parents: ['c1'], date: '2025-03-01', message: '更正第二条的文字', changes: [{ status: 'M', path: 'content/plans/a/2019-priorities.md', from: null }] },
			{
				hash: 'c1',
				parents: [],
				date: '2025-01-15',
				message: '收录 2019 年工作要点',
				changes: [
					{ status: 'A', path: 'content/plans/a/2019-priorities.md', from: null },
					{ status: 'A', path: 'content/plans/b/2020-priorities.md', from: null },
				],
			},
		]);
	});

	it('reads a rename as the new path with the old one', () => {
		const [commit] = parseGitLog(gitLogOutput([{ hash: 'c3', parents: ['c2'], date: '2025-04-01T00:00:00Z', subject: '改名', changes: [['R097', 'content/plans/a/2019-plan.md', 'content/plans/a/2019-priorities.md'], ['D', 'content/plans/b/x.md']] }]));
		expect(commit.changes).toEqual([
			{ status: 'R', path: 'content/plans/a/2019-priorities.md', from: 'content/plans/a/2019-plan.md' },
			{ status: 'D', path: 'content/plans/b/x.md', from: null },
		]);
	});

	it('dates a change by the day in China, whatever the committer’s time zone', () => {
		const dates = parseGitLog(
			gitLogOutput([
				{ hash: 'late-utc', date: '2025-03-01T17:30:00+00:00', subject: 'a' },
				{ hash: 'early-utc', date: '2025-03-01T15:59:59Z', subject: 'b' },
				{ hash: 'west', date: '2025-02-28T20:00:00-05:00', subject: 'c' },
			]),
		).map((commit) => commit.date);
		expect(dates).toEqual(['2025-03-02', '2025-03-01', '2025-03-01']);
	});

	it('names a merge by the first line of its body (a pull request’s title), else by its subject', () => {
		const [pullRequest, branch, commit] = parseGitLog(
			gitLogOutput([
				{ hash: 'm2', parents: ['c4', 'p1'], date: '2025-05-01T00:00:00Z', subject: 'Merge pull request #12 from staff/baotou-2018', body: '\n收录包头市 2018 年工作要点\n\n核对了发布日期。\n', changes: [['A', 'content/plans/baotou/2018-priorities.md']] },
				{ hash: 'm1', parents: ['c3', 'p0'], date: '2025-04-20T00:00:00Z', subject: "Merge branch 'fix-typo'", body: '', changes: [['M', 'content/plans/a/2019-priorities.md']] },
				{ hash: 'c4', parents: ['c3'], date: '2025-04-10T00:00:00Z', subject: '只取标题行', body: '正文不显示\n' },
			]),
		);
		expect(pullRequest.message).toBe('收录包头市 2018 年工作要点');
		expect(pullRequest.changes).toEqual([{ status: 'A', path: 'content/plans/baotou/2018-priorities.md', from: null }]);
		expect(branch.message).toBe("Merge branch 'fix-typo'");
		expect(commit.message).toBe('只取标题行');
		expect(commit.changes).toEqual([]);
	});

	it('keeps a body that holds the field separator whole, and reads the files after it', () => {
		const [commit] = parseGitLog(gitLogOutput([{ hash: 'm', parents: ['a', 'b'], date: '2025-01-01T00:00:00Z', subject: 'Merge', body: 'x\x1fy', changes: [['M', 'p.md']] }]));
		expect(commit.message).toBe('x\x1fy');
		expect(commit.changes).toEqual([{ status: 'M', path: 'p.md', from: null }]);
	});

	it('reads no commits from empty output', () => {
		expect(parseGitLog('')).toEqual([]);
	});
});
