import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readResults, typeQuery } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');
const QUERY = '家庭医生签约';
/** A query that fills more than a page of results, with a note above the count (the synonym it searched too). */
const NOTED_QUERY = '家医';
/** The most layout shift the search page may cause on its own; Lighthouse calls up to 0.1 good. */
const MAX_SHIFT = 0.05;

/** What the page's layout-shift entries add up to, leaving out those the visitor's input caused. */
interface ShiftReport {
	total: number;
	/** Each shift with what moved, for the failure message. */
	shifts: string[];
	/** Where the results list's top was (in the document) when its first result was added. */
	listTopAtFirstResult?: number;
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * Opens a page of the site with a layout-shift observer installed before its own scripts run.
 * @param path the page
 * @param width the viewport's width
 */
async function openObserved(path: string, width: number): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 800 } });
	await page.addInitScript(() => {
		interface LayoutShift extends PerformanceEntry {
			value: number;
			hadRecentInput: boolean;
			sources: { node?: Node | null }[];
		}
		const report: { total: number; shifts: string[]; listTopAtFirstResult?: number } = { total: 0, shifts: [] };
		Object.assign(window, { layoutShifts: report });
		// Read before the browser paints the first result: what is set later moves the results.
		document.addEventListener('DOMContentLoaded', () => {
			const list = document.querySelector('#search-results');
			if (!list) return;
			new MutationObserver(() => {
				if (report.listTopAtFirstResult === undefined && list.children.length > 0) report.listTopAtFirstResult = list.getBoundingClientRect().top + window.scrollY;
			}).observe(list, { childList: true });
		});
		const nameOf = (node: Node | null | undefined) =>
			node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}` : String(node?.nodeName);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as LayoutShift[]) {
				if (entry.hadRecentInput) continue;
				report.total += entry.value;
				report.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map((source) => nameOf(source.node)).join(', ')}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`${siteUrl}${path}`);
	return page;
}

/**
 * Waits for the results of `query`, then for what the page may still do after drawing them,
 * and reads the shift so far.
 */
async function shiftAfterResults(page: Page, query: string): Promise<ShiftReport> {
	await readResults(page, query, { allPages: false });
	// Long enough for the frames after the results and for any file the page loads after them.
	await page.waitForTimeout(1000);
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	return page.evaluate(() => (window as unknown as { layoutShifts: ShiftReport }).layoutShifts);
}

describe.each([360, 1280])('the search page at %i px', (width) => {
	it(`does not move what is on screen when the results of ?q=${QUERY} arrive`, async () => {
		const page = await openObserved(`/search/?q=${encodeURIComponent(QUERY)}`, width);
		const { total, shifts } = await shiftAfterResults(page, QUERY);
		await page.close();
		expect(total, shifts.join('\n')).toBeLessThanOrEqual(MAX_SHIFT);
	});

	it(`does not move the results of ?q=${NOTED_QUERY} once they are drawn: the note above the count is there before them`, async () => {
		const page = await openObserved(`/search/?q=${encodeURIComponent(NOTED_QUERY)}`, width);
		const { total, shifts, listTopAtFirstResult } = await shiftAfterResults(page, NOTED_QUERY);
		const notes = await page.locator('#search-notes').textContent();
		const listTop = await page.locator('#search-results').evaluate((list) => list.getBoundingClientRect().top + window.scrollY);
		await page.close();
		expect(notes).toContain('同时搜索了同义词');
		expect(listTop).toBe(listTopAtFirstResult);
		expect(total, shifts.join('\n')).toBeLessThanOrEqual(MAX_SHIFT);
	});

	it(`does not move what is on screen, beyond what the visitor's typing moves, when ${QUERY} is typed and Enter pressed`, async () => {
		const page = await openObserved('/search/', width);
		await typeQuery(page, QUERY);
		await page.locator('#search-q').press('Enter');
		const { total, shifts } = await shiftAfterResults(page, QUERY);
		await page.close();
		expect(total, shifts.join('\n')).toBeLessThanOrEqual(MAX_SHIFT);
	});
});
