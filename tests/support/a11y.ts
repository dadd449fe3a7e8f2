import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { AXE_TIMEOUT, seriousViolations } from './axe.ts';
import { readResults } from './search-ui.ts';
import { listSectionPages, readPlanPages } from './site-files.ts';

const SEARCH = `/search/?q=${encodeURIComponent('家庭医生签约')}`;

/**
 * One page of every type the site has (the unknown-region and unknown-year lists are the region
 * and year templates again); the plan, region, year, topic and indicator pages are picked from
 * the built site. The compare page of a pair is checked on the fixture bureau
 * (tests/build/compare-a11y.test.ts).
 */
export const PAGES = [
	'home',
	'plan',
	'plans',
	'regions',
	'region',
	'years',
	'year',
	'data',
	'topics',
	'topic',
	'topic year',
	'topic regions',
	'indicators',
	'indicator',
	'compare',
	'search',
	'not found',
] as const;
export type PageName = (typeof PAGES)[number];
/** The static host answers an unknown path with 404.html and status 404. */
const NOT_FOUND = '/plans/no-such-plan/';

/** The biggest page of a section (among those `pick` keeps): it has the most to check. */
async function largestPage(siteDist: string, section: string, pick: (pages: string[]) => string[]): Promise<string | undefined> {
	const pages = pick(await listSectionPages(siteDist, section));
	const sizes = await Promise.all(pages.map(async (path) => (await stat(join(siteDist, path, 'index.html'))).size));
	return pages[sizes.indexOf(Math.max(...sizes))];
}

/**
 * @param browser a launched Chromium
 * @param siteDist the built site
 * @returns the path of each page type to check
 */
async function pickPages(browser: Browser, siteDist: string): Promise<Partial<Record<PageName, string>>> {
	const paths: Partial<Record<PageName, string>> = {
		home: '/',
		plans: '/plans/',
		regions: '/regions/',
		years: '/years/',
		data: '/data/',
		topics: '/topics/',
		indicators: '/indicators/',
		search: SEARCH,
		'not found': NOT_FOUND,
	};
	const plans = await readPlanPages(browser, siteDist);
	// Prefer 上虞 2025 (four outline levels, a disclosure table) once it has been imported.
	paths.plan = (plans.find((plan) => plan.id === 'shangyu/2025-priorities') ?? plans[0])?.url;
	// The real content has no two plans of one region, so no compare page of a pair: /compare/
	// compares two plans in the browser instead, with the same markup (render-alignment.ts).
	const [a, b] = plans.filter((plan) => !plan.id.startsWith('unknown/'));
	if (a && b) paths.compare = `/compare/?a=${a.id}&b=${b.id}`;
	const known = (pages: string[]) => pages.filter((path) => !path.endsWith('/unknown/'));
	paths.region = await largestPage(siteDist, 'regions', known);
	paths.year = await largestPage(siteDist, 'years', known);
	const matching = (pattern: RegExp) => (pages: string[]) => pages.filter((path) => pattern.test(path));
	paths.topic = await largestPage(siteDist, 'topics', matching(/^\/topics\/[^/]+\/$/));
	paths['topic year'] = await largestPage(siteDist, 'topics', matching(/^\/topics\/[^/]+\/(\d{4}|unknown)\/$/));
	paths['topic regions'] = await largestPage(siteDist, 'topics', matching(/^\/topics\/[^/]+\/regions\/$/));
	paths.indicator = await largestPage(siteDist, 'indicators', matching(/^\/indicators\/(?!other\/)[^/]+\/$/));
	return paths;
}

/** What usePickedPages gives a test file. */
export interface PickedPages {
	browser: () => Browser;
	paths: () => Partial<Record<PageName, string>>;
	/**
	 * Opens the picked page of a type in a context of its own (close it with page.context().close()),
	 * checks its status, and waits for what the page fills in by script (search results, a comparison).
	 */
	open: (name: PageName, viewport: { width: number; height: number }) => Promise<Page>;
}

/**
 * Launches Chromium for a test file (closed after it) and picks the page of each type to check.
 * @returns the browser, the picked paths and a way to open them, once the file's tests start
 */
export function usePickedPages(): PickedPages {
	const siteDist = inject('siteDist');
	let browser: Browser;
	let paths: Partial<Record<PageName, string>> = {};
	beforeAll(async () => {
		browser = await launchChromium();
		paths = await pickPages(browser, siteDist);
	});
	afterAll(async () => {
		await browser?.close();
	});
	const siteUrl = inject('siteUrl');
	const open = async (name: PageName, viewport: { width: number; height: number }): Promise<Page> => {
		const path = paths[name];
		expect(path, `the built site has no ${name} page to check`).toBeDefined();
		const page = await (await browser.newContext({ viewport })).newPage();
		const response = await page.goto(`${siteUrl}${path}`);
		expect(response?.status(), `${path} should load`).toBe(name === 'not found' ? 404 : 200);
		if (name === 'search') await readResults(page);
		if (name === 'compare') await page.locator('#compare-result[aria-busy="false"] .alignment').waitFor();
		return page;
	};
	return { browser: () => browser, paths: () => paths, open };
}

/**
 * Checks every page type at one screen width: no serious or critical axe violation, and no
 * sideways scrolling. Each width is a test file of its own, so the two widths run side by side.
 * @param width the viewport width in CSS pixels
 */
export function checkPagesAt(width: number): void {
	const picked = usePickedPages();

	// Each page is loaded once for both checks (a search page waits for its results), one at a time.
	describe.each(PAGES)('%s', (name) => {
		let page: Page;
		beforeAll(async () => {
			page = await picked.open(name, { width, height: 800 });
		});
		afterAll(async () => {
			await page?.context().close();
		});

		it('has no serious or critical axe violations', { timeout: AXE_TIMEOUT }, async () => {
			const serious = await seriousViolations(page);
			expect(serious, `${picked.paths()[name]} at ${width} px:\n${serious.join('\n')}`).toEqual([]);
		});

		it('fits the width without sideways scrolling', async () => {
			const overflow = await page.evaluate(() => {
				const viewport = document.documentElement.clientWidth;
				const wide = [...document.querySelectorAll<HTMLElement>('body *')]
					.filter((element) => element.getBoundingClientRect().right > viewport + 1)
					.filter((element) => !element.closest('[hidden], .visually-hidden, .skip-link'))
					.slice(0, 5)
					.map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
				return { scrollWidth: document.documentElement.scrollWidth, viewport, wide };
			});
			expect(overflow.scrollWidth, `${picked.paths()[name]} at ${width} px is wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.viewport);
		});
	});
}
