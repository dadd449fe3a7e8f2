/** What a commit did to one file, from `git log --name-status`. */
export interface FileChange {
	/** The status letter: A added, M modified, D deleted, R renamed, T type changed (C copied is not asked for). */
	status: string;
	/** The file's path after the commit, from the repository's top. */
	path: string;
	/** For a rename, the path before it; else null. */
	from: string | null;
}

/** One commit as {@link parseGitLog} reads it. */
export interface Commit {
	/** The full commit hash. */
	hash: string;
	/** Parent hashes: none for a root commit and for the oldest commit of a shallow clone. */
	parents: string[];
	/** The committer date as YYYY-MM-DD in China Standard Time, the day the change reached the branch. */
	date: string;
	/** The subject line; for a merge, the first line of its body when there is one (a pull request's title). */
	message: string;
	/** The files it changed; for a merge, against its first parent. */
	changes: FileChange[];
}

/** Record and field separators of {@link GIT_LOG_FORMAT}: control characters no message contains. */
const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * The `--format` that {@link parseGitLog} reads: hash, parents, committer date (ISO 8601), subject
 * and body, each closed by a field separator; with `-z`, the name-status lines follow NUL-separated.
 */
export const GIT_LOG_FORMAT = `${RECORD}%H${FIELD}%P${FIELD}%cI${FIELD}%s${FIELD}%b${FIELD}`;

/** China Standard Time is UTC+8 all year: a fixed offset gives the same day on every build machine. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Reads the output of
 * `git log -z --name-status --format=<GIT_LOG_FORMAT> …`: one record per commit, newest first as
 * git prints them.
 * @param output git's output
 * @returns the commits in the same order
 */
export function parseGitLog(output: string): Commit[] {
	return output
		.split(RECORD)
		.filter((record) => record.trim() !== '')
		.map((record) => {
			const fields = record.split(FIELD);
			const [hash, parents, date, subject] = fields;
			// The body may hold anything but NUL; the file list is what follows the last separator.
			const body = fields.slice(4, -1).join(FIELD);
			const isMerge = parents.trim().split(' ').length > 1;
			const bodyLine = body.split('\n').find((line) => line.trim() !== '')?.trim();
			return {
				hash,
				parents: parents.trim() === '' ? [] : parents.trim().split(' '),
				date: new Date(Date.parse(date) + CHINA_OFFSET_MS).toISOString().slice(0, 10),
				message: isMerge && bodyLine ? bodyLine : subject.trim(),
				changes: parseNameStatus(fields[fields.length - 1]),
			};
		});
}

/**
 * @param text the NUL-separated `--name-status -z` part of one record: status, path, and for a
 *   rename or copy (R100, C75) the old path then the new one
 * @returns the changes in git's order
 */
function parseNameStatus(text: string): FileChange[] {
	const tokens = text.split('\0').map((token) => token.replace(/^\n+/, '')).filter((token) => token !== '');
	const changes: FileChange[] = [];
	for (let index = 0; index < tokens.length; ) {
		const status = tokens[index][0];
		if (status === 'R' || status === 'C') {
			changes.push({ status, path: tokens[index + 2], from: tokens[index + 1] });
			index += 3;
		} else {
			changes.push({ status, path: tokens[index + 1], from: null });
			index += 2;
		}
	}
	return changes;
}
