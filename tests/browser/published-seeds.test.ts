import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { importPlanText, measureCoverage, stripReportedRemovals } from '../../src/lib/parse/index.ts';
import { IMPORTED_ON, readProjectRegions, SEEDS_DIR } from '../import/helpers.ts';

// This runs over the real content's build, which the browser project makes; it needs no browser.
const siteDist = inject('siteDist');
const SEED_FILES = ['000_579e8226a194c3ca.txt', '001_4d0fd45906086c5a.txt', '002_3eeec7fd728757b0.txt', '003_1d416549c9bd430e.txt', '004_ac02b3254bada0ac.txt'];

/** What a reader of a plan page sees of the document: its title, its notice and its text. */
function readPublishedText(planPath: string): string {
	const page = parse(readFileSync(join(siteDist, 'plans', planPath.replace(/\.md$/, ''), 'index.html'), 'utf8'));
	return ['#plan-title', '.notice-box__text', '.plan-body'].map((selector) => page.querySelector(selector)?.text ?? '').join('\n');
}

describe.each(SEED_FILES)('seed %s as published', (name) => {
	const raw = readFileSync(new URL(name, SEEDS_DIR), 'utf8');
	const { documents, report } = importPlanText(raw, name, { importedOn: IMPORTED_ON, regions: readProjectRegions() });

	it('has a page for each of its documents', () => {
		expect(documents.length).toBeGreaterThan(0);
		for (const document of documents) expect(() => readPublishedText(document.path), document.path).not.toThrow();
	});

	it('shows every Han character and digit of the source body, in order, on its pages', () => {
		const published = documents.map((document) => readPublishedText(document.path)).join('\n');
		const coverage = measureCoverage(stripReportedRemovals(raw, report.removals), published);
		expect(coverage.missing).toEqual([]);
		expect(coverage.matched).toBe(coverage.total);
	});
});
