import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readResults } from '../support/search-ui.ts';
import { TMP_DIR } from '../support/paths.ts';
import { listSectionPages, readPlanPages } from '../support/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const WIDTHS = [360, 1280] as const;
const SCREENSHOTS = join(TMP_DIR, 'screenshots');
const SEARCH = `/search/?q=${encodeURIComponent('家庭医生签约')}`;

/**
 * One page of every type the site has; the plan, region, year, topic and indicator pages are
 * picked in beforeAll from the built site. The compare page of a pair is checked on the fixture
 * bureau (tests/build/compare-a11y.test.ts).
 */
const PAGES = [
	'home',
	'plan',
	'plans',
	'regions',
	'region',
	'unknown region',
	'years',
	'year',
	'unknown year',
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
type PageName = (typeof PAGES)[number];
/** The pages the site owner looks at as screenshots. */
const SCREENSHOT_PAGES: readonly PageName[] = ['home', 'plan', 'search'];
/** The static host answers an unknown path with 404.html and status 404. */
const NOT_FOUND = '/plans/no-such-plan/';

let browser: Browser;
const paths: Partial<Record<PageName, string>> = {
	home: '/',
	plans: '/plans/',
	regions: '/regions/',
	'unknown region': '/regions/unknown/',
	years: '/years/',
	'unknown year': '/years/unknown/',
	data: '/data/',
	topics: '/topics/',
	indicators: '/indicators/',
	search: SEARCH,
	'not found': NOT_FOUND,
};

/** The biggest page of a section (among those `pick` keeps): it has the most to check. */
async function largestPage(section: string, pick: (pages: string[]) => string[]): Promise<string | undefined> {
	const pages = pick(await listSectionPages(siteDist, section));
	const sizes = await Promise.all(pages.map(async (path) => (await stat(join(siteDist, path, 'index.html'))).size));
	return pages[sizes.indexOf(Math.max(...sizes))];
}

beforeAll(async () => {
	browser = await launchChromium();
	await mkdir(SCREENSHOTS, { recursive: true });
	const plans = await readPlanPages(browser, siteDist);
	// Prefer 上虞 2025 (four outline levels, a disclosure table) once it has been imported.
	paths.plan = (plans.find((plan) => plan.id === 'shangyu/2025-priorities') ?? plans[0])?.url;
	// The real content has no two plans of one region, so no compare page of a pair: /compare/
	// compares two plans in the browser instead, with the same markup (render-alignment.ts).
	const [a, b] = plans.filter((plan) => !plan.id.startsWith('unknown/'));
	if (a && b) paths.compare = `/compare/?a=${a.id}&b=${b.id}`;
	const known = (pages: string[]) => pages.filter((path) => !path.endsWith('/unknown/'));
	paths.region = await largestPage('regions', known);
	paths.year = await largestPage('years', known);
	const matching = (pattern: RegExp) => (pages: string[]) => pages.filter((path) => pattern.test(path));
	paths.topic = await largestPage('topics', matching(/^\/topics\/[^/]+\/$/));
	paths['topic year'] = await largestPage('topics', matching(/^\/topics\/[^/]+\/(\d{4}|unknown)\/$/));
	paths['topic regions'] = await largestPage('topics', matching(/^\/topics\/[^/]+\/regions\/$/));
	paths.indicator = await largestPage('indicators', matching(/^\/indicators\/(?!other\/)[^/]+\/$/));
});
afterAll(async () => {
	await browser?.close();
});

async function open(name: PageName, width: number): Promise<Page> {
	const path = paths[name];
	expect(path, `the built site has no ${name} page to check`).toBeDefined();
	// AxeBuilder needs a page of an explicit context (it opens a helper page in the same context).
	const context = await browser.newContext({ viewport: { width, height: 800 } });
	const page = await context.newPage();
	const response = await page.goto(`${siteUrl}${path}`);
	expect(response?.status(), `${path} should load`).toBe(name === 'not found' ? 404 : 200);
	if (name === 'search') await readResults(page);
	if (name === 'compare') await page.locator('#compare-result[aria-busy="false"] .alignment').waitFor();
	return page;
}

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
	return violations
		.map(
			(violation) =>
				`[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
				violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n'),
		)
		.join('\n');
}

/** axe over a long page can take a minute on a busy 2-core runner. */
const AXE_TIMEOUT = 180_000;

describe.each(WIDTHS)('at %i px', (width) => {
	// Each page is loaded once for both checks (a search page waits for its results), one at a time.
	describe.each(PAGES)('%s', (name) => {
		let page: Page;
		beforeAll(async () => {
			page = await open(name, width);
		});
		afterAll(async () => {
			await page?.context().close();
		});

		it('has no serious or critical axe violations', { timeout: AXE_TIMEOUT }, async () => {
			const { violations } = await new AxeBuilder({ page }).analyze();
			if (SCREENSHOT_PAGES.includes(name)) {
				await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
			}
			const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
			expect(serious.length, `${paths[name]} at ${width} px:\n${describeViolations(serious)}`).toBe(0);
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
			expect(overflow.scrollWidth, `${paths[name]} at ${width} px is wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.viewport);
		});
	});
});
