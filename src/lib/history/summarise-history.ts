import type { FileCommit, FileHistory } from './file-histories.ts';

/** What a plan page says about its file's history. */
export interface HistorySummary {
	/** Whether the file has never been committed: the working tree has it, no commit does. */
	uncommitted: boolean;
	/** The day the file first appeared (YYYY-MM-DD), or null when the history does not reach back that far. */
	firstPublished: string | null;
	/** The day of its latest change, or null when none is known. */
	lastUpdated: string | null;
	/** The latest changes, newest first, at most the limit; messages cut to {@link MESSAGE_CHARS}. */
	recent: FileCommit[];
	/** How many changes there are in all, or null when earlier ones are not known. */
	total: number | null;
	/** Whether the working tree holds changes to it that are not committed, so the page shows them. */
	modified: boolean;
}

/** Longest message shown, in characters: some commits describe a whole feature; the commit link has the rest. */
export const MESSAGE_CHARS = 80;

/**
 * @param history the file's history (src/lib/history/file-histories.ts), or undefined when no
 *   commit read changed it
 * @param uncommitted whether git status lists the file
 * @param limit how many changes to list
 * @returns what the page shows
 */
export function summariseHistory(history: FileHistory | undefined, uncommitted: boolean, limit: number): HistorySummary {
	const commits = history?.commits ?? [];
	const complete = history?.complete ?? false;
	return {
		uncommitted: commits.length === 0 && uncommitted,
		firstPublished: complete ? (commits.at(-1)?.date ?? null) : null,
		lastUpdated: commits[0]?.date ?? null,
		recent: commits.slice(0, limit).map((commit) => ({ ...commit, message: shorten(commit.message) })),
		total: complete ? commits.length : null,
		modified: commits.length > 0 && uncommitted,
	};
}

/** @returns the message, or its first {@link MESSAGE_CHARS} characters and an ellipsis */
function shorten(message: string): string {
	const chars = Array.from(message);
	return chars.length > MESSAGE_CHARS ? `${chars.slice(0, MESSAGE_CHARS - 1).join('').trimEnd()}…` : message;
}
