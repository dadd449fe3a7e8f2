/** One commit as the test writes it: what git log prints for it is built by {@link gitLogOutput}. */
export interface LogRecord {
	hash: string;
	parents?: string[];
	/** Committer date, ISO 8601 with offset, as %cI prints it. */
	date: string;
	subject: string;
	body?: string;
	/** Name-status entries: ['M', path], ['A', path], ['R100', from, to] … */
	changes?: string[][];
}

/**
 * Writes the output of `git log -z --name-status --format=<GIT_LOG_FORMAT>` byte for byte as git
 * 2.39 prints it (checked against real repositories by tests/unit/data/git-history.test.ts).
 * @param records the commits, newest first
 * @returns the output
 */
export function gitLogOutput(records: LogRecord[]): string {
	return records
		.map(({ hash, parents = [], date, subject, body = '', changes = [] }) => `\x1e${hash}\x1f${parents.join(' ')}\x1f${date}\x1f${subject}\x1f${body}\x1f\0\n${changes.map((tokens) => tokens.map((token) => `${token}\0`).join('')).join('')}`)
		.join('');
}
