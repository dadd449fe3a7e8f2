import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DEFAULT_DISPLAY_MODE, DISPLAY_MODE_KEY, LARGE_TEXT_PERCENT, serializeDisplayMode, type DisplayMode } from '../../src/lib/display-mode.ts';
import { AXE_TIMEOUT, seriousViolations } from '../support/axe.ts';
import { watchCsp } from '../support/csp-watch.ts';
import { findSqueezedTableText } from '../support/page-measures.ts';

const siteUrl = inject('siteUrl');
const PLAN = '/plans/shangyu/2025-priorities/';
/** The browser's default root size, which 大字 enlarges. */
const DEFAULT_ROOT_PX = 16;
/** --color-muted at normal contrast (global.css), as getComputedStyle gives it. */
const MUTED = 'rgb(84, 91, 100)';
const BLACK = 'rgb(0, 0, 0)';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

const rootClasses = (page: Page) => page.evaluate(() => [...document.documentElement.classList].sort());
const rootFontSize = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
const ledeColor = (page: Page) => page.locator('.lede').first().evaluate((element) => getComputedStyle(element).color);

/** A browser context whose localStorage holds the choices, as a returning reader's does. */
function withStoredChoice(mode: DisplayMode, viewport: { width: number; height: number }): Promise<BrowserContext> {
	const localStorage = [{ name: DISPLAY_MODE_KEY, value: serializeDisplayMode(mode) }];
	return browser.newContext({ viewport, storageState: { cookies: [], origins: [{ origin: siteUrl, localStorage }] } });
}

describe('the 大字 and 高对比 buttons', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		page = await context.newPage();
		await page.goto(`${siteUrl}/`);
	});
	afterAll(async () => {
		await context?.close();
	});

	it('start unpressed, with the page at the browser’s own size and colours', async () => {
		expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('false');
		expect(await page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed')).toBe('false');
		expect(await rootFontSize(page)).toBe(DEFAULT_ROOT_PX);
		expect(await ledeColor(page)).toBe(MUTED);
	});

	it('can be reached and pressed from the keyboard, with a visible focus', async () => {
		let focused = '';
		for (let presses = 0; presses < 30 && focused !== '大字'; presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		}
		expect(focused).toBe('大字');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Space');
		expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
		expect(await rootClasses(page)).toEqual(['text-large']);
		expect(await rootFontSize(page)).toBe((DEFAULT_ROOT_PX * LARGE_TEXT_PERCENT) / 100);
	});

	it('turn on high contrast', async () => {
		await page.getByRole('button', { name: '高对比' }).click();
		expect(await page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed')).toBe('true');
		expect(await rootClasses(page)).toEqual(['contrast-high', 'text-large']);
		expect(await ledeColor(page)).toBe(BLACK);
	});

	it('are remembered on the next page', async () => {
		await page.goto(`${siteUrl}${PLAN}`);
		expect(await rootClasses(page)).toEqual(['contrast-high', 'text-large']);
		expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
		expect(await page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed')).toBe('true');
	});

	it('keep the page free of serious accessibility problems and sideways scrolling in both modes', { timeout: AXE_TIMEOUT }, async () => {
		expect(await seriousViolations(page)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	it('turn the modes off again, for this page and the next', async () => {
		await page.getByRole('button', { name: '大字' }).click();
		await page.getByRole('button', { name: '高对比' }).click();
		expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('false');
		expect(await page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed')).toBe('false');
		expect(await rootClasses(page)).not.toContain('text-large');
		expect(await rootClasses(page)).not.toContain('contrast-high');
		expect(await rootFontSize(page)).toBe(DEFAULT_ROOT_PX);
		expect(await ledeColor(page)).toBe(MUTED);
		await page.goto(`${siteUrl}/plans/`);
		expect(await rootFontSize(page)).toBe(DEFAULT_ROOT_PX);
		expect(await ledeColor(page)).toBe(MUTED);
	});
});

describe('without a choice of the reader', () => {
	it('follows the system’s request for more contrast, until the reader turns it off', async () => {
		const context = await browser.newContext({ contrast: 'more' });
		const page = await context.newPage();
		await page.goto(`${siteUrl}/plans/`);
		expect(await ledeColor(page)).toBe(BLACK);
		const button = page.getByRole('button', { name: '高对比' });
		expect(await button.getAttribute('aria-pressed')).toBe('true');
		await button.click();
		expect(await ledeColor(page)).toBe(MUTED);
		await page.goto(`${siteUrl}/`);
		expect(await ledeColor(page)).toBe(MUTED);
		expect(await button.getAttribute('aria-pressed')).toBe('false');
		await context.close();
	});

	it('applies the system’s contrast and hides the buttons when JavaScript is off', async () => {
		const context = await browser.newContext({ contrast: 'more', javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteUrl}${PLAN}`);
		expect(await ledeColor(page)).toBe(BLACK);
		expect(await page.locator('.display-mode').count()).toBe(1);
		expect(await page.locator('.display-mode').isVisible()).toBe(false);
		await context.close();
	});
});

describe('a choice stored on an earlier visit', () => {
	it('is on <html> before <body> is parsed, from the inline script alone, which the CSP allows', async () => {
		const context = await withStoredChoice({ largeText: true, highContrast: true }, { width: 360, height: 800 });
		const page = await context.newPage();
		const report = await watchCsp(page);
		// Without the module script (display-mode-app.ts), only the inline script can apply the choice.
		const blocked: string[] = [];
		await page.route(/\/_astro\/.+\.js$/, (route) => {
			blocked.push(route.request().url());
			return route.abort();
		});
		// The classes when <body> is inserted: nothing of the page has been painted yet.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				(window as unknown as { classesAtBody: string[] }).classesAtBody = [...document.documentElement.classList].sort();
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`${siteUrl}${PLAN}`, { waitUntil: 'domcontentloaded' });
		expect(blocked.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { classesAtBody: string[] }).classesAtBody)).toEqual(['contrast-high', 'text-large']);
		expect(await rootFontSize(page)).toBe((DEFAULT_ROOT_PX * LARGE_TEXT_PERCENT) / 100);
		expect(await ledeColor(page)).toBe(BLACK);
		expect(await report()).toEqual({ violations: [], consoleErrors: [] });
		await context.close();
	});
});

describe('tables with 大字 on a 768 px screen', () => {
	const TABLET = { width: 768, height: 1000 };
	const rowDisplays = (page: Page) => page.locator('.stack-table tbody tr').evaluateAll((rows) => [...new Set(rows.map((row) => getComputedStyle(row).display))]);

	it('stack their rows, as at the normal size below 768 px, with no text squeezed', async () => {
		const context = await withStoredChoice({ largeText: true, highContrast: null }, TABLET);
		const page = await context.newPage();
		await page.goto(`${siteUrl}/plans/`);
		expect(await rowDisplays(page)).toEqual(['block']);
		expect(await page.evaluate(findSqueezedTableText)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width);
		await context.close();
	});

	it('keep their columns at the normal size', async () => {
		const context = await withStoredChoice(DEFAULT_DISPLAY_MODE, TABLET);
		const page = await context.newPage();
		await page.goto(`${siteUrl}/plans/`);
		expect(await rowDisplays(page)).toEqual(['table-row']);
		await context.close();
	});
});
