import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

const siteUrl = inject('siteUrl');
const PLAN = '/plans/shangyu/2025-priorities/';
/** The site's address in a build without SITE_URL (astro.config.mjs). */
const SITE = 'https://plans.example.org';

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
	await page.goto(`${siteUrl}${PLAN}`);
	await page.emulateMedia({ media: 'print' });
});
afterAll(async () => {
	await browser?.close();
});

describe('a printed plan', () => {
	it('leaves out the navigation, the display buttons, the contents and the links to other pages', async () => {
		for (const selector of ['.site-header', '.site-nav', '.display-mode', '.breadcrumbs', '.toc', '.toc-jump', '.plan-related', '.site-footer']) {
			const elements = page.locator(selector);
			expect(await elements.count(), `${selector} is on the page`).toBeGreaterThan(0);
			expect(await elements.evaluateAll((found) => found.filter((element) => element.checkVisibility()).length), `${selector} printed`).toBe(0);
		}
	});

	it('keeps its title, facts and text', async () => {
		expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		expect(await page.locator('.facts').getByText('002590542/2025-01145').isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: '一、总体要求' }).isVisible()).toBe(true);
	});

	it('says the address it came from', async () => {
		const url = page.locator('.print-url');
		expect(await url.isVisible()).toBe(true);
		expect(await url.textContent()).toBe(`本页网址：${SITE}${PLAN}`);
	});

	it('shows the address on screen only on paper', async () => {
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('.print-url').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
	});
});
