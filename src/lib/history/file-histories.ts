import type { Commit } from './parse-git-log.ts';

/** A change of one file, as the plan page lists it. */
export interface FileCommit {
	/** The full commit hash. */
	hash: string;
	/** YYYY-MM-DD, China Standard Time. */
	date: string;
	/** The commit's message line. */
	message: string;
}

/** What the history says of one file as it is named now. */
export interface FileHistory {
	/** The commits that changed it, under this name or an earlier one, newest first. */
	commits: FileCommit[];
	/**
	 * Whether the oldest of them added the file, so that its date is when the file first appeared.
	 * False when the clone is shallow and the file is older than the clone's oldest commit.
	 */
	complete: boolean;
}

/**
 * Follows every file through one pass over the log, as `git log --follow` does for one: a rename
 * hands the older commits of the old path to the new one, and an add closes the path's history,
 * so older commits of the same path belong to an earlier file of that name. The log is read as a
 * single line of commits (the branch's first parents), newest first.
 *
 * In a shallow clone the oldest commits have no parents and git shows them as adding every file
 * they hold; those are not changes, so they are skipped, and a file whose add was not seen has an
 * unknown first date rather than the clone's.
 * @param commits the log, newest first
 * @param shallow whether the repository is a shallow clone
 * @returns each path that had a change, as named after the newest commit, with its history
 */
export function collectFileHistories(commits: readonly Commit[], shallow: boolean): Map<string, FileHistory> {
	const histories = new Map<string, FileHistory>();
	// A path as it was at the commit being read → the path the file has now; null when the path
	// then held a file that is gone (its name was later given to another).
	const currentName = new Map<string, string | null>();
	for (const commit of commits) {
		if (shallow && commit.parents.length === 0) continue;
		// Names are resolved before the commit's own renames apply: a commit may move a to b and add
		// a new a, and that new a is another file.
		const named = commit.changes.map((change) => ({ change, name: currentName.has(change.path) ? currentName.get(change.path)! : change.path }));
		for (const { change, name } of named) {
			if (name === null) continue;
			let history = histories.get(name);
			if (!history) {
				history = { commits: [], complete: false };
				histories.set(name, history);
			}
			if (history.commits.at(-1)?.hash !== commit.hash) history.commits.push({ hash: commit.hash, date: commit.date, message: commit.message });
			if (change.status === 'A') history.complete = true;
		}
		// Before this commit, an added or renamed-to path held no file of ours; a renamed-from path
		// held the file now named `name`. Targets first, so that a swap (a → b, b → a) comes out right.
		for (const { change } of named) if (change.status === 'A' || change.status === 'R') currentName.set(change.path, null);
		for (const { change, name } of named) if (change.status === 'R' && change.from !== null) currentName.set(change.from, name);
	}
	return histories;
}
