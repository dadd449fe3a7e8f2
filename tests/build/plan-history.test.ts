import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { TEST_REPOSITORY } from '../support/git-repo.ts';
import { BUSY_PLAN, CORRECTED_PLAN, UNCOMMITTED_PLAN } from '../support/history-site.ts';
import { readPage } from './helpers.ts';

/** The history section's dates, notes, changes and links, as a reader sees them. */
function readHistory(page: HTMLElement) {
	const section = page.querySelector('.plan-history');
	if (!section) throw new Error('no 修改记录 section');
	return {
		dates: Object.fromEntries(section.querySelectorAll('dt').map((term) => [term.text, term.nextElementSibling?.text])),
		notes: section.querySelectorAll(':scope > p').map((paragraph) => paragraph.text),
		changes: section.querySelectorAll('li').map((item) => ({ text: item.text, href: item.querySelector('a')?.getAttribute('href') ?? null, datetime: item.querySelector('time')?.getAttribute('datetime') })),
		allChanges: section.querySelector('a[href*="/commits/"]')?.getAttribute('href') ?? null,
	};
}

describe('修改记录 of content that is not the repository’s content/ (the fixture site)', () => {
	const history = readHistory(readPage('/plans/qinhuangdao/2019-priorities/'));

	it('says 不详 for both dates and lists no change', () => {
		expect(history.dates).toEqual({ 首次发布: '不详', 最近更新: '不详' });
		expect(history.changes).toEqual([]);
		expect(history.notes).toContain('修改记录不详。');
	});
});

describe('修改记录 and edit link of content in a git repository (tests/support/history-site.ts)', () => {
	const REPOSITORY = `https://github.com/${TEST_REPOSITORY}`;
	const commits = inject('historyCommits');
	const dist = inject('historyDist');
	/** @returns the page built from a plan file, e.g. content/plans/a/b.md → /plans/a/b/ */
	const page = (file: string) => parse(readFileSync(join(dist, file.replace(/^content\//, '').replace(/\.md$/, ''), 'index.html'), 'utf8'));

	it('dates the first publication and the latest change, in Chinese', () => {
		expect(readHistory(page(CORRECTED_PLAN)).dates).toEqual({ 首次发布: '2025年1月15日', 最近更新: '2025年3月1日' });
	});

	it('lists each change, newest first, with its date and message, linked to its commit', () => {
		const history = readHistory(page(CORRECTED_PLAN));
		expect(history.changes).toEqual([
			{ text: '2025年3月1日更正（二）的标题', href: `${REPOSITORY}/commit/${commits.corrected}`, datetime: '2025-03-01' },
			{ text: '2025年1月15日收录秦皇岛市工作要点', href: `${REPOSITORY}/commit/${commits.added}`, datetime: '2025-01-15' },
		]);
		expect(history.notes).toContain('共 2 次修改。在 GitHub 上查看全部修改');
		expect(history.allChanges).toBe(`${REPOSITORY}/commits/main/${CORRECTED_PLAN}`);
	});

	it('links to the file’s editor on GitHub', () => {
		const edit = page(CORRECTED_PLAN)
			.querySelectorAll('a')
			.find((link) => link.text === '在 GitHub 上编辑本页的文件');
		expect(edit?.getAttribute('href')).toBe(`${REPOSITORY}/edit/main/${CORRECTED_PLAN}`);
	});

	it('lists the latest ten changes of a file changed twelve times, and says how many there are', () => {
		const history = readHistory(page(BUSY_PLAN));
		expect(history.changes.map((change) => change.text)).toEqual(Array.from({ length: 10 }, (_, index) => `2025年4月${11 - index}日第 ${11 - index} 次补充`));
		expect(history.notes).toContain('共 12 次修改，这里列出最近 10 次。在 GitHub 上查看全部修改');
		expect(history.dates).toEqual({ 首次发布: '2025年1月15日', 最近更新: '2025年4月11日' });
	});

	it('says a file that was never committed has no history, with no link to one', () => {
		const history = readHistory(page(UNCOMMITTED_PLAN));
		expect(history.dates).toEqual({ 首次发布: '不详', 最近更新: '不详' });
		expect(history.notes).toContain('这份文件还没有提交到仓库，没有修改记录。');
		expect(history.changes).toEqual([]);
		expect(history.allChanges).toBeNull();
	});
});
