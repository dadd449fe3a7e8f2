import { SOURCE_REPOSITORY } from '../consts.ts';
import { CONTENT_ROOT } from '../content-root.ts';
import type { FileCommit } from '../lib/history/file-histories.ts';
import { summariseHistory, type HistorySummary } from '../lib/history/summarise-history.ts';
import { commitUrl, fileHistoryUrl } from '../lib/repository.ts';
import { readContentHistory } from './git-history.ts';
import type { PreparedPlan } from './plans.ts';

/** How many changes a plan page lists: a file edited for years must not make its page grow without end. */
export const HISTORY_LIMIT = 10;

/** What the 修改记录 section of a plan page shows. */
export interface PlanHistory extends HistorySummary {
	/** The latest changes, newest first, each with its commit's page when the repository is known. */
	recent: (FileCommit & { url: string | null })[];
	/** The page of every commit of the file on GitHub, or null when the repository is not known. */
	allChangesUrl: string | null;
}

const history = readContentHistory(CONTENT_ROOT);
if (!history.available) console.warn(`[修改记录] ${history.reason}：文件页的修改记录显示为“不详”。`);

/**
 * @param plan a plan
 * @returns its file's history as its page shows it
 */
export function historyOfPlan(plan: PreparedPlan): PlanHistory {
	const summary = history.available
		? summariseHistory(history.files.get(plan.filePath), history.uncommitted.has(plan.filePath), HISTORY_LIMIT)
		: summariseHistory(undefined, false, HISTORY_LIMIT);
	return {
		...summary,
		recent: summary.recent.map((commit) => ({ ...commit, url: commitUrl(SOURCE_REPOSITORY, commit.hash) })),
		allChangesUrl: fileHistoryUrl(SOURCE_REPOSITORY, plan.filePath),
	};
}
