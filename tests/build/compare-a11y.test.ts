import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { AXE_TIMEOUT, seriousViolations } from '../support/axe.ts';
import { readDistJson } from './helpers.ts';

/**
 * axe over the compare pages of a pair, which only the fixture has (the real content of the
 * browser tests has no two plans of one region). Served from the build this project has already
 * made: building the fixture again in the browser project would cost a whole build per run.
 */
const comparisons = readDistJson<{ kind: string; url: string }[]>('data/comparisons.json');
/** One page of each kind of the fixture bureau: same-region (statuses, diffs, moves) and plan-summary (reports). */
const PAGES = ['same-region', 'plan-summary'].map((kind) => comparisons.find((record) => record.kind === kind && record.url.startsWith('/compare/fixture-county/'))?.url ?? kind);
const WIDTHS = [360, 1280] as const;

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
	assertChromium();
	[browser, server] = await Promise.all([launchChromium(), serveStatic(inject('fixtureDist'))]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe.each(WIDTHS)('at %i px', (width) => {
	describe.each(PAGES)('%s', (path) => {
		let page: Page;
		beforeAll(async () => {
			expect(path, `the fixture build has no compare page of ${path}`).toMatch(/^\/compare\//);
			const context = await browser.newContext({ viewport: { width, height: 800 } });
			page = await context.newPage();
			expect((await page.goto(`${server.url}${path}`))?.status()).toBe(200);
		});
		afterAll(async () => {
			await page?.context().close();
		});

		it('has no serious or critical axe violations', { timeout: AXE_TIMEOUT }, async () => {
			const serious = await seriousViolations(page);
			expect(serious, `${path} at ${width} px:\n${serious.join('\n')}`).toEqual([]);
		});

		it('fits the width without sideways scrolling', async () => {
			const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
			expect(scrollWidth).toBeLessThanOrEqual(viewport);
		});
	});
});
