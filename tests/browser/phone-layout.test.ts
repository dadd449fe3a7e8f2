import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGES, usePickedPages } from '../support/a11y.ts';
import { findSmallText, findSqueezedTableText } from '../support/page-measures.ts';

const siteUrl = inject('siteUrl');
const PHONE = { width: 360, height: 800 };
/** The smallest text the site sets, body and secondary text alike (MIIT 适老化 asks for large text). */
const MIN_FONT_PX = 16;
/** A long plan: 82 items, about thirty screens on a phone. */
const LONG_PLAN = '/plans/shangyu/2025-priorities/';

const picked = usePickedPages();

async function open(path: string): Promise<Page> {
	const page = await picked.browser().newPage({ viewport: PHONE });
	await page.goto(`${siteUrl}${path}`);
	return page;
}

describe.each(PAGES.filter((name) => name !== 'not found'))('%s at 360 px', (name) => {
	let page: Page;
	beforeAll(async () => {
		page = await picked.open(name, PHONE);
	});
	afterAll(async () => {
		await page?.context().close();
	});

	it('keeps table text at least two characters wide and every number on one line', async () => {
		expect(await page.evaluate(findSqueezedTableText)).toEqual([]);
	});

	it(`sets no text smaller than ${MIN_FONT_PX} px`, async () => {
		expect(await page.evaluate(findSmallText, MIN_FONT_PX)).toEqual([]);
	});
});

describe('a long plan on a phone', () => {
	let page: Page;
	beforeAll(async () => {
		page = await open(LONG_PLAN);
	});
	afterAll(async () => {
		await page?.close();
	});

	it('keeps a link to the contents on screen halfway down, and it leads to them', async () => {
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
		const jump = page.getByRole('link', { name: '回到目录' });
		expect(await jump.isVisible()).toBe(true);
		const box = await jump.boundingBox();
		expect(box && box.y >= 0 && box.y + box.height <= PHONE.height, 'the link is within the screen').toBe(true);
		await jump.click();
		await page.waitForURL(/#toc$/);
		const contents = page.getByRole('navigation', { name: '本文目录' });
		const top = await contents.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(-1);
		expect(top).toBeLessThan(PHONE.height / 2);
		await expect.poll(() => contents.getByRole('link', { name: '一、总体要求' }).isVisible()).toBe(true);
	});

	it('does not let the link cover the end of the page', async () => {
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const jumpTop = await page.locator('.toc-jump').evaluate((element) => element.getBoundingClientRect().top);
		const lastTextBottom = await page.locator('.site-footer__inner > *').last().evaluate((element) => element.getBoundingClientRect().bottom);
		expect(lastTextBottom).toBeLessThanOrEqual(jumpTop);
	});
});

describe('the quality notes on the cards', () => {
	it('say what they mean and lead to the plan’s notes', async () => {
		const page = await open('/');
		const tag = page.locator('.card-list a[href$="#quality-notes"]').first();
		expect(await tag.textContent()).toMatch(/^质量提示 \d+ 项：原文有需要核对的地方$/);
		const href = (await tag.getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/plans\/.+\/#quality-notes$/);
		await tag.click();
		await page.waitForURL(`${siteUrl}${href}`);
		const notes = page.locator('#quality-notes');
		expect(await notes.getByRole('heading', { name: '质量提示' }).isVisible()).toBe(true);
		expect(await notes.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(PHONE.height / 2);
		await page.close();
	});
});
