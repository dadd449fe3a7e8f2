import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_PLAN_BATCHING } from '../../src/lib/search/hit-stream.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { FLOOR_PAGES, floorPages } from '../../scripts/lib/search-floor.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { readGroundTruth } from '../support/search-ui.ts';

const siteDist = inject('siteDist');
const { expectedFor } = readGroundTruth(siteDist);

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

// The search page is judged against the floor pages (npm run probe:floor); a floor page that
// found the wrong plans, or none, would make that ratio meaningless.
describe('the floor probe (npm run probe:floor)', () => {
	it('serves a bare page beside the site that finds the plans holding the query and fetches their texts', async () => {
		const [query, nextQuery] = ['疫苗', '中医药'];
		const server = await serveStatic(siteDist, floorPages(siteDist, [query, nextQuery]));
		try {
			const withTexts = FLOOR_PAGES.find((page) => page.texts)!;
			const page = await browser.newPage();
			await page.goto(`${server.url}${withTexts.path}?q=${encodeURIComponent(query)}`);
			const shown = page.locator(`#search-results[data-query="${query}"] li`);
			await shown.first().waitFor();
			const plansHoldingQuery = new Set(expectedFor(query).map((record) => record.url.split('#')[0]));
			const urls = await shown.allTextContents();
			expect(urls).toHaveLength(Math.min(DEFAULT_PLAN_BATCHING.first, plansHoldingQuery.size));
			for (const url of urls) expect(plansHoldingQuery).toContain(url);
			await page.close();
		} finally {
			await server.close();
		}
	});
});
