import { execFileSync } from 'node:child_process';
import { collectFileHistories, type FileHistory } from '../lib/history/file-histories.ts';
import { GIT_LOG_FORMAT, parseGitLog } from '../lib/history/parse-git-log.ts';
import { parseGitStatus } from '../lib/history/parse-git-status.ts';

/** The history of the content's plan files, read once per build; or why it could not be read. */
export type ContentHistory =
	| {
			available: true;
			/** Each plan file's history, by its path from the repository's top (content/plans/…). */
			files: Map<string, FileHistory>;
			/** Plan files the working tree holds differently from the last commit, or not at all in it. */
			uncommitted: Set<string>;
	  }
	| { available: false; reason: string };

/**
 * The pages name files as content/plans/…, so history is read only when the content root is the
 * repository's own content/ folder: another content root (the tests' fixtures, a benchmark's
 * corpus) is not what the repository publishes, even when it lies inside it.
 */
const CONTENT_PREFIX = 'content/';

/**
 * Reads the history of every plan file with one `git log` over content/plans (and one `git status`),
 * not one `git log --follow` per file, which would start a process per plan.
 * The log follows the branch's first parents, so each change is what reached the branch: a merged
 * pull request is one change, dated the day it was merged. Never throws: without git, or outside
 * a repository, the history is unavailable and the pages say 不详.
 * @param contentRoot the content root the site is built from
 * @returns the histories, or the reason there are none
 */
export function readContentHistory(contentRoot: string): ContentHistory {
	let top: string;
	let prefix: string;
	let shallow: boolean;
	try {
		[top, prefix, shallow] = readLines(git(contentRoot, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']));
	} catch (error) {
		return { available: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? '找不到 git 命令' : `内容目录不在 git 仓库中（${contentRoot}）` };
	}
	if (prefix !== CONTENT_PREFIX) {
		return { available: false, reason: `内容目录不是仓库的 content/ 文件夹（${contentRoot}）` };
	}
	const plans = `${CONTENT_PREFIX}plans`;
	// -z keeps paths unquoted; --no-relative and -c keep a user's git config from changing the
	// output the parser reads.
	let log: string;
	let status: string;
	try {
		log = git(top, ['-c', 'log.showSignature=false', 'log', '--first-parent', '--diff-merges=first-parent', '-M', '--no-relative', '--name-status', '-z', `--format=${GIT_LOG_FORMAT}`, '--', plans]);
		status = git(top, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', plans]);
	} catch (error) {
		// A repository without commits yet, or a damaged one: git says which on its first line.
		const said = String((error as { stderr?: unknown }).stderr ?? error).trim().split('\n')[0];
		return { available: false, reason: `git 未能读出修改记录（${said}）` };
	}
	return {
		available: true,
		files: collectFileHistories(parseGitLog(log), shallow),
		uncommitted: new Set(parseGitStatus(status)),
	};
}

/** @returns git's standard output; throws when git is missing or fails */
function git(cwd: string, args: string[]): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** @returns rev-parse's answers: the top folder, the prefix (empty at the top) and whether the clone is shallow */
function readLines(output: string): [string, string, boolean] {
	const [top, prefix, shallow] = output.split('\n');
	return [top, prefix, shallow === 'true'];
}
