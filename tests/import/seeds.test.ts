import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	formatImportReport,
	importPlanText,
	measureCoverage,
	stripReportedRemovals,
} from '../../src/lib/parse/index.ts';
import { IMPORTED_ON, readProjectRegions, SEEDS_DIR } from './helpers.ts';
import { renderBodyText } from './render.ts';

/** What each seed must become: file paths and the number of numbered headings in each. */
const SEEDS = {
	'000_579e8226a194c3ca.txt': { paths: ['linzi/2019-priorities.md'], headings: [69] },
	'001_4d0fd45906086c5a.txt': { paths: ['baotou/2017-priorities.md'], headings: [31] },
	'002_3eeec7fd728757b0.txt': { paths: 14, headings: null },
	'003_1d416549c9bd430e.txt': { paths: ['shangyu/2025-priorities.md'], headings: [82] },
	'004_ac02b3254bada0ac.txt': { paths: ['qinhuangdao/2019-priorities.md'], headings: [55] },
} as const;

const regions = readProjectRegions();

function importSeed(name: string) {
	const raw = readFileSync(new URL(name, SEEDS_DIR), 'utf8');
	return { raw, result: importPlanText(raw, name, { importedOn: IMPORTED_ON, regions }) };
}

describe.each(Object.entries(SEEDS))('seed %s', (name, expected) => {
	const { raw, result } = importSeed(name);
	const stem = name.replace(/\.txt$/, '');

	it('writes the expected files', () => {
		const paths = result.documents.map((document) => document.path);
		if (typeof expected.paths === 'number') expect(paths).toHaveLength(expected.paths);
		else expect(paths).toEqual(expected.paths);
		expect(new Set(paths).size).toBe(paths.length);
	});

	it('finds the numbered items', () => {
		if (expected.headings)
			expect(result.documents.map((document) => document.headings)).toEqual(expected.headings);
		else
			expect(
				result.documents.reduce((sum, document) => sum + document.headings, 0),
			).toBeGreaterThan(300);
	});

	it('matches its golden Markdown files', async () => {
		for (const document of result.documents) {
			await expect(document.markdown).toMatchFileSnapshot(
				`../fixtures/expected/seeds/${stem}/${document.path}`,
			);
		}
		await expect(formatImportReport(result.report)).toMatchFileSnapshot(
			`../fixtures/expected/seeds/${stem}/report.txt`,
		);
	});

	it('keeps 100% of the Han characters and digits, in order, except reported removals', () => {
		const source = stripReportedRemovals(raw, result.report.removals);
		const coverage = measureCoverage(
			source,
			result.documents.map((document) => document.markdown).join('\n'),
		);
		expect(coverage.missing).toEqual([]);
		expect(coverage.matched).toBe(coverage.total);
		expect(coverage.total).toBeGreaterThan(8000);
	});

	it('puts every title line it removed from the body into front matter', () => {
		const markdown = result.documents.map((document) => document.markdown).join('\n');
		for (const removal of result.report.removals.filter((item) => item.kind === 'title')) {
			const coverage = measureCoverage(removal.text, markdown);
			expect(coverage.matched, removal.text).toBe(coverage.total);
		}
	});

	it('renders bodies whose text is the source body (Markdown escaping loses nothing)', () => {
		const noticeLines = new Set(
			result.documents.flatMap((document) => document.metadata.notice?.split('\n') ?? []),
		);
		const body = stripReportedRemovals(raw, result.report.removals)
			.split('\n')
			.filter((line) => !noticeLines.has(line.trim()))
			.join('\n');
		const rendered = result.documents
			.map((document) => renderBodyText(document.markdown).text)
			.join('\n');
		const coverage = measureCoverage(body, rendered);
		expect(coverage.missing).toEqual([]);
		expect(rendered).not.toMatch(/\\[*_[\]<>|#.\-]/);
	});

	it('renders exactly as many headings as it found items, and no lists or tables', () => {
		for (const document of result.documents) {
			const { types } = renderBodyText(document.markdown);
			expect(types.filter((type) => type.startsWith('h'))).toHaveLength(document.headings);
			expect(types.filter((type) => !type.startsWith('h') && type !== 'paragraph')).toEqual([]);
		}
	});
});

describe('seed 002 (a compilation)', () => {
	const { result } = importSeed('002_3eeec7fd728757b0.txt');
	const meta = result.documents.map((document) => document.metadata);

	it('numbers its parts 1–14 and names the compilation as source title', () => {
		expect(meta.map((item) => item.source.part)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
		]);
		expect(new Set(meta.map((item) => item.source.title))).toEqual(
			new Set(['县卫生健康局工作总结和工作思路(实用14篇)']),
		);
	});

	it('attributes the market regulator and audit bureau parts to them, flagged', () => {
		expect(meta[0].agency).toBe('县市场监督管理局');
		expect(meta[2].agency).toBe('县审计局');
		expect(meta[0].flags.map((flag) => flag.code)).toContain('agency-mismatch');
		expect(meta[2].flags.map((flag) => flag.code)).toContain('agency-mismatch');
	});

	it('never invents a region or a publication date', () => {
		expect(meta.every((item) => item.region === null && item.published === null)).toBe(true);
	});

	it('takes years only from bodies that state them, flagged year-from-body', () => {
		for (const item of meta.filter((entry) => entry.year !== null)) {
			expect(item.flags.map((flag) => flag.code)).toContain('year-from-body');
		}
		expect(meta.map((item) => item.year)).toEqual([
			null,
			null,
			2021,
			null,
			null,
			2021,
			null,
			null,
			null,
			null,
			2021,
			null,
			null,
			2020,
		]);
	});

	it('removes the spam insert and flags it', () => {
		const bodies = result.documents.map((document) =>
			document.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''),
		);
		expect(bodies.some((body) => body.includes('当前隐藏内容免费查看'))).toBe(false);
		expect(meta[4].flags.map((flag) => flag.code)).toContain('spam-removed');
	});
});
