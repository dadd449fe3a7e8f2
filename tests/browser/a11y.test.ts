import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readResults } from '../support/pagefind-ui.ts';
import { TMP_DIR } from '../support/paths.ts';
import { listSectionPages, readPlanPages } from '../support/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const WIDTHS = [360, 1280] as const;
const SCREENSHOTS = join(TMP_DIR, 'screenshots');
const SEARCH = `/search/?q=${encodeURIComponent('家庭医生签约')}`;

/** Pages to check; the plan, region and year pages are picked in beforeAll from the built site. */
const PAGES = ['home', 'plan', 'plans', 'region', 'year', 'search'] as const;
type PageName = (typeof PAGES)[number];
/** The pages the site owner looks at as screenshots. */
const SCREENSHOT_PAGES: readonly PageName[] = ['home', 'plan', 'search'];

let browser: Browser;
const paths: Partial<Record<PageName, string>> = { home: '/', plans: '/plans/', search: SEARCH };

/** The biggest page of a section: it has the most to check. */
async function largestPage(section: string): Promise<string | undefined> {
	const pages = await listSectionPages(siteDist, section);
	const sizes = await Promise.all(pages.map(async (path) => (await stat(join(siteDist, path, 'index.html'))).size));
	return pages[sizes.indexOf(Math.max(...sizes))];
}

beforeAll(async () => {
	browser = await launchChromium();
	await mkdir(SCREENSHOTS, { recursive: true });
	const plans = await readPlanPages(browser, siteDist);
	// Prefer 上虞 2025 (four outline levels, a disclosure table) once it has been imported.
	paths.plan = (plans.find((plan) => plan.id === 'shangyu/2025-priorities') ?? plans[0])?.url;
	paths.region = await largestPage('regions');
	paths.year = await largestPage('years');
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
	expect(response?.status(), `${path} should load`).toBe(200);
	if (name === 'search') await readResults(page);
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

describe.each(WIDTHS)('at %i px', (width) => {
	it.each(PAGES)('%s has no serious or critical axe violations', async (name) => {
		const page = await open(name, width);
		const { violations } = await new AxeBuilder({ page }).analyze();
		if (SCREENSHOT_PAGES.includes(name)) {
			await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
		}
		await page.context().close();
		const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
		expect(serious.length, `${paths[name]} at ${width} px:\n${describeViolations(serious)}`).toBe(0);
	});

	it.each(PAGES)('%s fits the width without sideways scrolling', async (name) => {
		const page = await open(name, width);
		const overflow = await page.evaluate(() => {
			const viewport = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll<HTMLElement>('body *')]
				.filter((element) => element.getBoundingClientRect().right > viewport + 1)
				.filter((element) => !element.closest('[hidden], .visually-hidden, .skip-link'))
				.slice(0, 5)
				.map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
			return { scrollWidth: document.documentElement.scrollWidth, viewport, wide };
		});
		await page.context().close();
		expect(overflow.scrollWidth, `${paths[name]} at ${width} px is wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.viewport);
	});
});
