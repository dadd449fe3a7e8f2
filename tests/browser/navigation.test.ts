import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readResults } from '../support/search-ui.ts';
import { readPlanPages, type BuiltPlanPage } from '../support/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const PLAN_PATH = /^\/plans\/[^/]+\/[^/]+\/$/;

let browser: Browser;
let plans: BuiltPlanPage[];
/** Item permalinks: a heading's text made a link to it, or the labelled link after a heading that holds a link. */
const PERMALINKS = '.plan-body :is(h2, h3, h4, h5, h6) > a[href^="#"]';

/** The plan page used for the single-page checks: the one with the most item headings. */
let richest: BuiltPlanPage | undefined;

beforeAll(async () => {
	browser = await launchChromium();
	plans = await readPlanPages(browser, siteDist);
	const headings = (page: BuiltPlanPage) => page.html.split(/<h[2-6] id=/).length;
	richest = plans.reduce<BuiltPlanPage | undefined>((best, page) => (!best || headings(page) > headings(best) ? page : best), undefined);
});

/** The plan page under test; fails the test (rather than skipping it) when the site has none. */
function planPage(): BuiltPlanPage {
	expect(richest, 'the built site has no plan pages: is content/plans empty?').toBeDefined();
	return richest as BuiltPlanPage;
}
afterAll(async () => {
	await browser?.close();
});

async function open(path: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`${siteUrl}${path}`);
	return page;
}

describe('navigation', () => {
	it('goes from the home page to a plan through a link', async () => {
		const page = await open('/');
		const links = await page.locator('main a[href^="/plans/"]').evaluateAll((anchors) =>
			anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
		);
		const href = links.find((link) => /^\/plans\/[^/]+\/[^/]+\/$/.test(link));
		expect(href, `no link to a plan in the home page's <main>; links: ${links.join(' ')}`).toBeDefined();
		await page.locator(`main a[href="${href}"]`).first().click();
		await page.waitForURL((url) => url.pathname === href);
		const heading = await page.locator('#plan-title').textContent();
		await page.close();
		expect(new URL(page.url()).pathname).toMatch(PLAN_PATH);
		expect(heading?.trim()).toBeTruthy();
	});

	it('marks plan pages as Chinese: <html lang="zh-CN">', async () => {
		const page = await open(planPage().url);
		const lang = await page.locator('html').getAttribute('lang');
		await page.close();
		expect(lang).toBe('zh-CN');
	});

	it('has a skip link that is the first stop, is visible when focused and moves focus to #main', async () => {
		const page = await open(planPage().url);
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const active = document.activeElement as HTMLAnchorElement | null;
			const box = active?.getBoundingClientRect();
			return {
				href: active?.getAttribute('href') ?? null,
				visible: !!box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
			};
		});
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'main');
		const hash = new URL(page.url()).hash;
		await page.close();
		expect(skip).toEqual({ href: '#main', visible: true });
		expect(hash).toBe('#main');
	});

	it('gives every item a permalink to its own heading id', async () => {
		const page = await open(planPage().url);
		const permalinks = await page.locator(PERMALINKS).evaluateAll((links) =>
			links.map((link) => ({
				href: link.getAttribute('href'),
				heading: link.closest('h1, h2, h3, h4, h5, h6')?.id ?? null,
			})),
		);
		const ids = await page.locator('.plan-body [id]').evaluateAll((elements) => elements.map((element) => element.id));
		const headingIds = await page.locator('.plan-body :is(h2, h3, h4, h5, h6)[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
		await page.close();
		expect(permalinks.length).toBeGreaterThan(0);
		expect(permalinks.map((link) => link.heading)).toEqual(headingIds);
		expect(permalinks.filter((link) => !link.heading || link.href !== `#${link.heading}`)).toEqual([]);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'duplicate ids').toEqual([]);
	});

	it('ships no <script> on any plan page but the two display-mode ones every page has', async () => {
		planPage();
		const scriptTags = (html: string) => html.match(/<script\b[^>]*>/gi) ?? [];
		const [inline, buttons, ...others] = scriptTags(plans[0].html);
		expect(others).toEqual([]);
		expect(inline).toBe('<script>');
		expect(buttons).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
		const displayMode = [inline, buttons].join();
		const otherScripts = plans.filter((page) => scriptTags(page.html).join() !== displayMode).map((page) => page.url);
		expect(otherScripts).toEqual([]);
		const page = await open(planPage().url);
		const scripts = await page.evaluate(() => document.scripts.length);
		await page.close();
		expect(scripts).toBe(2);
	});

	it('never requests anything outside 127.0.0.1 (home, a plan, search with a query)', async () => {
		const origin = new URL(siteUrl).origin;
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const requests: string[] = [];
		context.on('request', (request) => requests.push(request.url()));
		const page = await context.newPage();
		await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
		await page.goto(`${siteUrl}${planPage().url}`, { waitUntil: 'networkidle' });
		await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('家庭医生签约')}`);
		await readResults(page);
		await page.waitForLoadState('networkidle');
		await context.close();
		const outside = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
		expect(requests.length).toBeGreaterThan(3);
		expect(outside).toEqual([]);
	});
});
