import { describe, expect, it } from 'vitest';
import { commitUrl, editUrl, fileHistoryUrl, parseRepository, resolveRepository } from '../../../src/lib/repository.ts';

const PAGE = 'https://github.com/health-open/plans';

describe('parseRepository', () => {
	it.each([
		['github:health-open/plans'],
		['health-open/plans'],
		['https://github.com/health-open/plans'],
		['https://github.com/health-open/plans.git'],
		['https://github.com/health-open/plans/'],
		['git+https://github.com/health-open/plans.git'],
		['git://github.com/health-open/plans.git'],
		['ssh://git@github.com/health-open/plans.git'],
		['git@github.com:health-open/plans.git'],
		['  health-open/plans\n'],
	])('reads %j', (value) => {
		expect(parseRepository(value)).toBe(PAGE);
	});

	it('reads the url of package.json’s object form', () => {
		expect(parseRepository({ type: 'git', url: 'git+https://github.com/health-open/plans.git' })).toBe(PAGE);
		expect(parseRepository({ type: 'git', url: 'https://github.com/health-open/plans.git', directory: 'site' })).toBe(PAGE);
	});

	it('keeps dots and dashes in the name', () => {
		expect(parseRepository('a-b/plans.site-2')).toBe('https://github.com/a-b/plans.site-2');
	});

	it.each([
		['gitlab:health-open/plans'],
		['bitbucket:health-open/plans'],
		['https://gitlab.com/health-open/plans.git'],
		['https://github.com/health-open'],
		['https://github.com/health-open/plans/tree/main'],
		['health-open/plans/extra'],
		['-bad/plans'],
		['owner/..'],
		[''],
		[null],
		[42],
		[{ type: 'git' }],
	])('gives null for %j: not a GitHub repository', (value) => {
		expect(parseRepository(value)).toBeNull();
	});
});

describe('resolveRepository', () => {
	it('knows no repository when nothing names one', () => {
		expect(resolveRepository({}, undefined)).toBeNull();
	});

	it('reads package.json’s repository, with edit links on main', () => {
		expect(resolveRepository({}, 'github:health-open/plans')).toEqual({ url: PAGE, branch: 'main', editBaseUrl: `${PAGE}/edit/main/` });
	});

	it('prefers GitHub Actions’ repository and the branch it builds', () => {
		const env = { GITHUB_REPOSITORY: 'fork-owner/plans', GITHUB_REF: 'refs/heads/release/2026' };
		expect(resolveRepository(env, 'github:health-open/plans')).toEqual({
			url: 'https://github.com/fork-owner/plans',
			branch: 'release/2026',
			editBaseUrl: 'https://github.com/fork-owner/plans/edit/release/2026/',
		});
	});

	it('does not take a pull request’s merge ref for a branch', () => {
		expect(resolveRepository({ GITHUB_REPOSITORY: 'health-open/plans', GITHUB_REF: 'refs/pull/12/merge' }, undefined)?.branch).toBe('main');
	});

	it('prefers REPOSITORY and REPOSITORY_BRANCH over GitHub Actions and package.json', () => {
		const env = { REPOSITORY: 'https://github.com/health-open/plans.git', REPOSITORY_BRANCH: 'trunk', GITHUB_REPOSITORY: 'fork-owner/plans', GITHUB_REF: 'refs/heads/main' };
		expect(resolveRepository(env, 'other/plans')).toEqual({ url: PAGE, branch: 'trunk', editBaseUrl: `${PAGE}/edit/trunk/` });
	});

	it('refuses a REPOSITORY that is not a GitHub repository rather than ignoring it', () => {
		expect(() => resolveRepository({ REPOSITORY: 'gitlab:health-open/plans' }, 'health-open/plans')).toThrow('REPOSITORY=gitlab:health-open/plans 不是 GitHub 仓库');
	});

	it('takes EDIT_BASE_URL as the edit links’ prefix, adding the closing slash', () => {
		expect(resolveRepository({ EDIT_BASE_URL: 'https://git.example.org/plans/edit/main' }, undefined)).toEqual({
			url: null,
			branch: 'main',
			editBaseUrl: 'https://git.example.org/plans/edit/main/',
		});
		expect(resolveRepository({ EDIT_BASE_URL: 'https://git.example.org/e/' }, 'health-open/plans')).toMatchObject({ url: PAGE, editBaseUrl: 'https://git.example.org/e/' });
	});

	it('ignores variables that are set but empty', () => {
		expect(resolveRepository({ EDIT_BASE_URL: ' ', REPOSITORY: '', REPOSITORY_BRANCH: '', GITHUB_REPOSITORY: '' }, 'health-open/plans')).toEqual({ url: PAGE, branch: 'main', editBaseUrl: `${PAGE}/edit/main/` });
	});
});

describe('links', () => {
	const repository = resolveRepository({ REPOSITORY: 'health-open/plans' }, undefined);
	const path = 'content/plans/baotou/2017-priorities.md';

	it('edits a file on its branch', () => {
		expect(editUrl(repository, path)).toBe(`${PAGE}/edit/main/${path}`);
	});

	it('opens a commit and a file’s commits', () => {
		expect(commitUrl(repository, 'abc123')).toBe(`${PAGE}/commit/abc123`);
		expect(fileHistoryUrl(repository, path)).toBe(`${PAGE}/commits/main/${path}`);
	});

	it('has no link without a repository, and no commit links with only an edit prefix', () => {
		expect(editUrl(null, path)).toBeNull();
		const editOnly = resolveRepository({ EDIT_BASE_URL: 'https://git.example.org/e/' }, undefined);
		expect(commitUrl(editOnly, 'abc123')).toBeNull();
		expect(fileHistoryUrl(editOnly, path)).toBeNull();
	});
});
