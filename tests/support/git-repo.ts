import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

/**
 * The GitHub repository the tests' builds name (REPOSITORY), so that plan pages have their edit
 * and history links whatever package.json and the environment say.
 */
export const TEST_REPOSITORY = 'example-org/health-plans';

/** The build environment that names {@link TEST_REPOSITORY}; EDIT_BASE_URL emptied, so that a developer's own does not win. */
export const TEST_REPOSITORY_ENV = { REPOSITORY: TEST_REPOSITORY, REPOSITORY_BRANCH: 'main', EDIT_BASE_URL: '' };

/** git with a fixed identity and none of the user's configuration (signing, hooks, default branch). */
const GIT_ENV = {
	...process.env,
	GIT_CONFIG_GLOBAL: '/dev/null',
	GIT_CONFIG_NOSYSTEM: '1',
	GIT_AUTHOR_NAME: '测试编辑',
	GIT_AUTHOR_EMAIL: 'editor@example.org',
	GIT_COMMITTER_NAME: '测试编辑',
	GIT_COMMITTER_EMAIL: 'editor@example.org',
};

/** A scratch git repository for tests of the history. */
export interface TestRepo {
	/** Its folder. */
	dir: string;
	/**
	 * Runs git in it.
	 * @param args git's arguments
	 * @param date the author and committer date of a commit it makes, ISO 8601
	 * @returns git's standard output
	 */
	git(args: string[], date?: string): string;
}

/**
 * Makes an empty repository on branch main, deleting whatever the folder held.
 * @param dir its folder, under tests/.tmp or the system's temporary folder
 * @returns the repository
 */
export function createTestRepo(dir: string): TestRepo {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const git = (args: string[], date?: string) =>
		execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: date ? { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : GIT_ENV });
	git(['init', '--quiet', '--initial-branch=main']);
	return { dir, git };
}

/**
 * Clones a repository keeping only its latest commits, as actions/checkout does by default.
 * @param from the repository's folder
 * @param dir the clone's folder, emptied first
 * @param depth how many commits to keep
 */
export function shallowClone(from: string, dir: string, depth: number): void {
	rmSync(dir, { recursive: true, force: true });
	execFileSync('git', ['clone', '--quiet', `--depth=${depth}`, `file://${from}`, dir], { env: GIT_ENV });
}
