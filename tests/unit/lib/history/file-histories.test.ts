import { describe, expect, it } from 'vitest';
import { collectFileHistories } from '../../../../src/lib/history/file-histories.ts';
import type { Commit } from '../../../../src/lib/history/parse-git-log.ts';

/** A commit of the test history: its hash is its day, so expectations read as dates. */
function commit(date: string, changes: [string, string, string?][], parents: string[] = ['parent']): Commit {
	return {
		hash: date,
		parents,
		date,
		message: `change of ${date}`,
		changes: changes.map(([status, path, from]) => (status === 'R' ? { status, path, from: from ?? null } : { status, path, from: null })),
	};
}

/** @returns each file's commit days, newest first, and whether its add was seen */
function summary(commits: Commit[], shallow = false): Record<string, { days: string[]; complete: boolean }> {
	return Object.fromEntries(
		[...collectFileHistories(commits, shallow)].map(([path, history]) => [path, { days: history.commits.map((entry) => entry.hash), complete: history.complete }]),
	);
}

describe('collectFileHistories', () => {
	it('lists each file’s commits newest first, complete when its add is seen', () => {
		const commits = [commit('2025-03-01', [['M', 'a.md']]), commit('2025-02-01', [['M', 'a.md'], ['A', 'b.md']]), commit('2025-01-01', [['A', 'a.md']], [])];
		expect(summary(commits)).toEqual({
			'a.md': { days: ['2025-03-01', '2025-02-01', '2025-01-01'], complete: true },
			'b.md': { days: ['2025-02-01'], complete: true },
		});
	});

	it('follows a file through renames to its current name', () => {
		const commits = [
			commit('2025-04-01', [['R', 'c.md', 'b.md']]),
			commit('2025-03-01', [['M', 'b.md']]),
			commit('2025-02-01', [['R', 'b.md', 'a.md']]),
			commit('2025-01-01', [['A', 'a.md']], []),
		];
		expect(summary(commits)['c.md']).toEqual({ days: ['2025-04-01', '2025-03-01', '2025-02-01', '2025-01-01'], complete: true });
	});

	it('does not give a file the history of an earlier, deleted file of the same name', () => {
		const commits = [commit('2025-03-01', [['A', 'a.md']]), commit('2025-02-01', [['D', 'a.md']]), commit('2025-01-01', [['A', 'a.md']], [])];
		expect(summary(commits)['a.md']).toEqual({ days: ['2025-03-01'], complete: true });
	});

	it('keeps a new file apart from the one that moved out of its name in the same commit', () => {
		const commits = [commit('2025-02-01', [['A', 'a.md'], ['R', 'b.md', 'a.md']]), commit('2025-01-01', [['A', 'a.md']], [])];
		expect(summary(commits)).toEqual({
			'a.md': { days: ['2025-02-01'], complete: true },
			'b.md': { days: ['2025-02-01', '2025-01-01'], complete: true },
		});
	});

	it('follows two files that swap names', () => {
		const commits = [commit('2025-02-01', [['R', 'b.md', 'a.md'], ['R', 'a.md', 'b.md']]), commit('2025-01-01', [['A', 'a.md'], ['M', 'b.md']])];
		expect(summary(commits)).toEqual({
			'b.md': { days: ['2025-02-01', '2025-01-01'], complete: true },
			'a.md': { days: ['2025-02-01', '2025-01-01'], complete: false },
		});
	});

	it('counts a merge once, by its changes against the first parent', () => {
		const commits = [commit('2025-02-01', [['M', 'a.md'], ['A', 'b.md']], ['first', 'second']), commit('2025-01-01', [['A', 'a.md']], [])];
		expect(summary(commits)).toEqual({
			'a.md': { days: ['2025-02-01', '2025-01-01'], complete: true },
			'b.md': { days: ['2025-02-01'], complete: true },
		});
	});

	it('in a shallow clone, skips the oldest commit’s adds: its files’ first days are unknown', () => {
		// The boundary commit has no parents in a shallow clone; git shows it adding every file it holds.
		const commits = [commit('2025-03-01', [['M', 'a.md'], ['A', 'c.md']]), commit('2025-02-01', [['A', 'a.md'], ['A', 'b.md']], [])];
		expect(summary(commits, true)).toEqual({
			'a.md': { days: ['2025-03-01'], complete: false },
			'c.md': { days: ['2025-03-01'], complete: true },
		});
	});

	it('in a full clone, a root commit’s adds are real', () => {
		expect(summary([commit('2025-02-01', [['A', 'a.md']], [])], false)).toEqual({ 'a.md': { days: ['2025-02-01'], complete: true } });
	});
});
