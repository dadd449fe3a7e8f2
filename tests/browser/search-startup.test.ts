import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_CHUNK_STARTS_PATH } from '../../src/lib/search/shards.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { isPagefindWasm, readResults } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe("the search page's start-up", () => {
	it('fetches the chunk starts of a prefix term (DRG) while Pagefind loads, not once it is ready', async () => {
		const page = await browser.newPage();
		let releaseWasm!: () => void;
		const wasmHeld = new Promise<void>((resolve) => (releaseWasm = resolve));
		// Pagefind cannot be ready while its WebAssembly is held back.
		await page.route((url) => isPagefindWasm(url.href), async (route) => {
			await wasmHeld;
			await route.continue();
		});
		const chunkStartsWhileLoading = page
			.waitForRequest((request) => new URL(request.url()).pathname === SEARCH_CHUNK_STARTS_PATH, { timeout: 10_000 })
			.then(() => true, () => false);
		await page.goto(`${siteUrl}/search/?q=DRG`);
		const requested = await chunkStartsWhileLoading;
		releaseWasm();
		expect(requested).toBe(true);
		expect((await readResults(page, 'DRG', { allPages: false })).length).toBeGreaterThan(0);
		await page.close();
	});
});
