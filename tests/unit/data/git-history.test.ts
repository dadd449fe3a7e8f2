import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentHistory, type ContentHistory } from '../../../src/data/git-history.ts';
import { createTestRepo, shallowClone, type TestRepo } from '../../support/git-repo.ts';
import { TMP_DIR } from '../../support/paths.ts';

const ROOT = join(TMP_DIR, 'git-history');
const A = 'content/plans/a/2019-priorities.md';
const B = 'content/plans/b/2019-priorities.md';
const C = 'content/plans/c/2019-priorities.md';
const D = 'content/plans/d/2020-priorities.md';

let repo: TestRepo;

function write(path: string, text: string): void {
	mkdirSync(join(repo.dir, path, '..'), { recursive: true });
	writeFileSync(join(repo.dir, path), text);
}

/** @returns each file's commit days and messages, newest first, and whether its add was seen */
function described(history: ContentHistory) {
	if (!history.available) throw new Error(history.reason);
	return Object.fromEntries([...history.files].map(([path, file]) => [path, { changes: file.commits.map((commit) => `${commit.date} ${commit.message}`), complete: file.complete }]));
}

// Three changes reach main: the plans are added; a pull request corrects a (merged, so its own
// commit is not one of main's changes); b moves to c with an edit. Then a is edited and d
// written without committing.
beforeAll(() => {
	repo = createTestRepo(join(ROOT, 'repo'));
	write(A, '# 甲\n\n一、第一条。\n');
	write(B, '# 乙\n\n一、第一条。\n二、第二条。\n三、第三条。\n');
	write('README.md', '不在 content/plans 之下\n');
	repo.git(['add', '.']);
	repo.git(['commit', '--quiet', '-m', '收录甲、乙两份文件'], '2025-01-15T09:00:00+08:00');
	repo.git(['checkout', '--quiet', '-b', 'fix-a']);
	write(A, '# 甲\n\n一、第一条（已更正）。\n');
	repo.git(['commit', '--quiet', '-am', 'fix typo'], '2025-02-01T10:00:00+08:00');
	repo.git(['checkout', '--quiet', 'main']);
	repo.git(['merge', '--quiet', '--no-ff', 'fix-a', '-m', 'Merge pull request #3 from staff/fix-a', '-m', '更正甲的第一条'], '2025-02-03T01:30:00+08:00');
	mkdirSync(join(repo.dir, C, '..'), { recursive: true });
	repo.git(['mv', B, C]);
	write(C, '# 乙\n\n一、第一条。\n二、第二条。\n三、第三条（补充）。\n');
	write('README.md', '改了别的文件\n');
	repo.git(['commit', '--quiet', '-am', '乙移到丙地区'], '2025-03-01T12:00:00+08:00');
	write(A, '# 甲\n\n一、第一条（未提交）。\n');
	write(D, '# 丁\n');
}, 60_000);
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('readContentHistory', () => {
	it('reads each plan file’s changes on main, newest first, following renames', () => {
		expect(described(readContentHistory(join(repo.dir, 'content')))).toEqual({
			[A]: { changes: ['2025-02-03 更正甲的第一条', '2025-01-15 收录甲、乙两份文件'], complete: true },
			[C]: { changes: ['2025-03-01 乙移到丙地区', '2025-01-15 收录甲、乙两份文件'], complete: true },
		});
	});

	it('lists the plan files that differ from the last commit or are not in it', () => {
		const history = readContentHistory(join(repo.dir, 'content'));
		expect(history.available && [...history.uncommitted].sort()).toEqual([A, D]);
	});

	it('in a shallow clone, reads only the changes it holds, and no add from its oldest commit', () => {
		const clone = join(ROOT, 'shallow-2');
		shallowClone(repo.dir, clone, 2);
		const history = readContentHistory(join(clone, 'content'));
		expect(described(history)).toEqual({ [C]: { changes: ['2025-03-01 乙移到丙地区'], complete: false } });
	});

	it('in a clone of depth 1, reads no change at all', () => {
		const clone = join(ROOT, 'shallow-1');
		shallowClone(repo.dir, clone, 1);
		expect(described(readContentHistory(join(clone, 'content')))).toEqual({});
	});

	it('reads nothing when the content root is not the repository’s content/ folder', () => {
		expect(readContentHistory(join(repo.dir, 'content/plans'))).toEqual({ available: false, reason: `内容目录不是仓库的 content/ 文件夹（${join(repo.dir, 'content/plans')}）` });
	});

	it('reads nothing, without throwing, outside a repository', () => {
		const outside = mkdtempSync(join(tmpdir(), 'plans-no-git-'));
		try {
			expect(readContentHistory(outside)).toEqual({ available: false, reason: `内容目录不在 git 仓库中（${outside}）` });
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});

	it('reads nothing, without throwing, from a repository with no commits yet', () => {
		const empty = createTestRepo(join(ROOT, 'empty'));
		mkdirSync(join(empty.dir, 'content/plans'), { recursive: true });
		const history = readContentHistory(join(empty.dir, 'content'));
		expect(history.available).toBe(false);
		expect(!history.available && history.reason).toMatch(/^git 未能读出修改记录（fatal: .+）$/);
	});
});
