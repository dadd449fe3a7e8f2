import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { materialiseContentCase } from './content-cases.ts';
import { createTestRepo } from './git-repo.ts';

/** A plan added, then corrected once. */
export const CORRECTED_PLAN = 'content/plans/qinhuangdao/2019-priorities.md';
/** A plan added, then changed eleven times: more changes than a page lists. */
export const BUSY_PLAN = 'content/plans/qinhuangdao/2017-priorities.md';
/** A plan that was never committed. */
export const UNCOMMITTED_PLAN = 'content/plans/qinhuangdao/2018-priorities.md';

/** The history site's content root and the commits its pages should link to. */
export interface HistorySite {
	/** The content root: the repository's content/ folder, to pass as CONTENT_DIR. */
	contentDir: string;
	/** The commit that added the plans, and the one that corrected {@link CORRECTED_PLAN}. */
	commits: { added: string; corrected: string };
}

/**
 * Makes a git repository whose content/ is a small content root with a known history:
 * {@link CORRECTED_PLAN} and {@link BUSY_PLAN} added on 2025-01-15, the first corrected on
 * 2025-03-01, the second changed on 2025-04-01 … 04-11; {@link UNCOMMITTED_PLAN} written, never committed.
 * @param dir the repository's folder, emptied first
 * @returns its content root and commits
 */
export function createHistorySite(dir: string): HistorySite {
	const repo = createTestRepo(dir);
	const contentDir = materialiseContentCase('valid', 'allowed-html-and-links', join(dir, 'content'));
	const plan = readFileSync(join(dir, CORRECTED_PLAN), 'utf8');
	const planOf = (year: number, tail = '') => `${plan.replaceAll('2019', String(year))}${tail}`;
	writeFileSync(join(dir, BUSY_PLAN), planOf(2017));
	repo.git(['add', '.']);
	repo.git(['commit', '--quiet', '-m', '收录秦皇岛市工作要点'], '2025-01-15T09:00:00+08:00');
	const added = repo.git(['rev-parse', 'HEAD']).trim();
	writeFileSync(join(dir, CORRECTED_PLAN), plan.replace('（二）完善分级诊疗。', '（二）完善分级诊疗制度。'));
	repo.git(['commit', '--quiet', '-am', '更正（二）的标题'], '2025-03-01T10:00:00+08:00');
	const corrected = repo.git(['rev-parse', 'HEAD']).trim();
	for (let change = 1; change <= 11; change++) {
		writeFileSync(join(dir, BUSY_PLAN), planOf(2017, `\n第 ${change} 次补充。\n`));
		repo.git(['commit', '--quiet', '-am', `第 ${change} 次补充`], `2025-04-${String(change).padStart(2, '0')}T10:00:00+08:00`);
	}
	writeFileSync(join(dir, UNCOMMITTED_PLAN), planOf(2018));
	return { contentDir, commits: { added, corrected } };
}
