/** The GitHub repository the site is built from, as the edit and history links need it. */
export interface SourceRepository {
	/** The repository's page, e.g. https://github.com/owner/name; null when only EDIT_BASE_URL names it. */
	url: string | null;
	/** The branch edit links open, e.g. main. */
	branch: string;
	/** Prefix of an edit link, ending in /: the file's path in the repository is appended. */
	editBaseUrl: string;
}

/** The environment variables that name the repository, most specific first. */
export interface RepositoryEnv {
	/** Prefix of every edit link, e.g. https://github.com/owner/name/edit/main/; wins over everything. */
	EDIT_BASE_URL?: string;
	/** The repository in any form {@link parseRepository} reads; wins over GitHub Actions and package.json. */
	REPOSITORY?: string;
	/** The branch edit links open; default: the branch GitHub Actions builds, else main. */
	REPOSITORY_BRANCH?: string;
	/** owner/name, set by GitHub Actions. */
	GITHUB_REPOSITORY?: string;
	/** refs/heads/<branch> on a push, refs/pull/<n>/merge on a pull request; set by GitHub Actions. */
	GITHUB_REF?: string;
}

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const NAME = '[A-Za-z0-9._-]+';

// The forms npm accepts in package.json's repository field, and GitHub Actions' owner/name. Each
// captures owner and name; a trailing .git or / is dropped after matching.
const REPOSITORY_PATTERNS = [
	new RegExp(`^(?:github:)?(${OWNER})/(${NAME})$`),
	new RegExp(`^(?:git\\+)?(?:https?|git|ssh)://(?:[^@/]+@)?github\\.com/(${OWNER})/(${NAME})/?$`),
	new RegExp(`^(?:[^@/]+@)?github\\.com:(${OWNER})/(${NAME})$`),
] as const;

/**
 * Reads a repository as package.json's `repository` field or an environment variable gives it:
 * "github:owner/name", "owner/name", "https://github.com/owner/name(.git)", "git+https://…",
 * "git@github.com:owner/name.git", or `{ type: 'git', url }` with one of these as its url.
 * Another host (gitlab:, bitbucket:, a self-hosted server) gives null: the links are GitHub's.
 * @param value the field's value, or a variable's
 * @returns the repository's page, https://github.com/owner/name, or null
 */
export function parseRepository(value: unknown): string | null {
	const text = typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'url' in value ? value.url : null;
	if (typeof text !== 'string') return null;
	for (const pattern of REPOSITORY_PATTERNS) {
		const match = pattern.exec(text.trim());
		if (!match) continue;
		const name = match[2].replace(/\.git$/, '');
		if (name === '' || name === '.' || name === '..') return null;
		return `https://github.com/${match[1]}/${name}`;
	}
	return null;
}

/**
 * Works out which repository the edit and history links go to, from the most explicit source:
 * EDIT_BASE_URL (edit links only), REPOSITORY, GitHub Actions' GITHUB_REPOSITORY, then
 * package.json's `repository`. The branch is REPOSITORY_BRANCH, else the branch Actions builds,
 * else main.
 * @param env the environment
 * @param packageRepository package.json's `repository` field, or undefined
 * @returns the repository, or null when nothing names it
 * @throws when REPOSITORY is set but is not a GitHub repository: an explicit setting must not be
 *   ignored quietly
 */
export function resolveRepository(env: RepositoryEnv, packageRepository: unknown): SourceRepository | null {
	const explicit = env.REPOSITORY?.trim();
	const url = explicit ? parseRepository(explicit) : (parseRepository(env.GITHUB_REPOSITORY?.trim()) ?? parseRepository(packageRepository));
	if (explicit && url === null) {
		throw new Error(`REPOSITORY=${explicit} 不是 GitHub 仓库：请写成 owner/name 或 https://github.com/owner/name`);
	}
	const branch = env.REPOSITORY_BRANCH?.trim() || env.GITHUB_REF?.match(/^refs\/heads\/(.+)$/)?.[1] || 'main';
	const editBase = env.EDIT_BASE_URL?.trim();
	if (editBase) return { url, branch, editBaseUrl: editBase.endsWith('/') ? editBase : `${editBase}/` };
	return url === null ? null : { url, branch, editBaseUrl: `${url}/edit/${branch}/` };
}

/**
 * @param repository the repository, or null
 * @param path a file's path from the repository's top, e.g. content/plans/baotou/2017-priorities.md
 * @returns the page that edits the file on GitHub, or null
 */
export function editUrl(repository: SourceRepository | null, path: string): string | null {
	return repository ? `${repository.editBaseUrl}${path}` : null;
}

/**
 * @param repository the repository, or null
 * @param hash a full commit hash
 * @returns the commit's page on GitHub, or null when the repository's page is not known
 */
export function commitUrl(repository: SourceRepository | null, hash: string): string | null {
	return repository?.url ? `${repository.url}/commit/${hash}` : null;
}

/**
 * @param repository the repository, or null
 * @param path a file's path from the repository's top
 * @returns the page of every commit of the file on the branch, or null when the repository's page is not known
 */
export function fileHistoryUrl(repository: SourceRepository | null, path: string): string | null {
	return repository?.url ? `${repository.url}/commits/${repository.branch}/${path}` : null;
}
