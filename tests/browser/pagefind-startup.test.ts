import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_CHUNK_STARTS_PATH } from '../../src/lib/search/shards.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { isPagefindWasm, readResults, type SearchResult } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * Searches 中医药 from the address, in a page where `record` has run before the page's own
 * scripts and left what it records on window.recorded.
 * @param record the script, e.g. one that counts the objects of some kind the page makes
 * @returns the first page of results, and what was recorded
 */
async function searchWhileRecording(record: () => void): Promise<{ results: SearchResult[]; recorded: string[] }> {
	const page = await browser.newPage();
	await page.addInitScript(record);
	await page.goto(`${siteUrl}/search/?q=中医药`);
	const results = await readResults(page, '中医药', { allPages: false });
	const recorded = await page.evaluate(() => (window as unknown as { recorded: string[] }).recorded);
	await page.close();
	return { results, recorded };
}

describe("Pagefind's start-up, as the build patches it", () => {
	it('requests its entry, metadata and WebAssembly once each, started by the page together with its script', async () => {
		const page = await browser.newPage();
		const requests: { path: string; afterScript: boolean }[] = [];
		let scriptArrived = false;
		page.on('request', (request) => requests.push({ path: new URL(request.url()).pathname, afterScript: scriptArrived }));
		page.on('requestfinished', (request) => {
			if (new URL(request.url()).pathname === '/pagefind/pagefind.js') scriptArrived = true;
		});
		await page.goto(`${siteUrl}/search/?q=中医药`);
		expect((await readResults(page, '中医药', { allPages: false })).length).toBeGreaterThan(0);
		await page.close();
		const startUp = requests.filter(({ path }) => /^\/pagefind\/(shard-\d+\/)?(pagefind-entry\.json|pagefind\..*\.pf_meta|wasm\..*\.pagefind)$/.test(path));
		const paths = startUp.map(({ path }) => path);
		// Without the patch Pagefind would request each file again, itself, after its script.
		expect(paths.filter((path) => path.startsWith('/pagefind/wasm.'))).toHaveLength(1);
		expect(paths.filter((path) => path.endsWith('.pf_meta')).length).toBeGreaterThan(1);
		expect(new Set(paths).size).toBe(paths.length);
		// The primary entry is requested with the script, not once the script has arrived.
		expect(startUp.filter(({ path }) => path === '/pagefind/pagefind-entry.json')).toEqual([{ path: '/pagefind/pagefind-entry.json', afterScript: false }]);
	});

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

	it('searches without constructing a word segmenter (the query is letter codes, split at its spaces)', async () => {
		const { results, recorded: segmenters } = await searchWhileRecording(() => {
			const Native = Intl.Segmenter;
			const made: string[] = [];
			Object.assign(Intl, {
				Segmenter: class extends Native {
					constructor(...args: ConstructorParameters<typeof Native>) {
						super(...args);
						made.push(String(args[1]?.granularity));
					}
				},
			});
			Object.assign(window, { recorded: made });
		});
		expect(results.length).toBeGreaterThan(0);
		expect(segmenters).toEqual([]);
	});

	it("gunzips Pagefind's metadata, WebAssembly and index chunks with the browser's DecompressionStream", async () => {
		// The build's patch to Pagefind's script makes one stream per file, and Pagefind's
		// JavaScript inflater none.
		const { results, recorded: streams } = await searchWhileRecording(() => {
			const Native = window.DecompressionStream;
			const made: string[] = [];
			window.DecompressionStream = class extends Native {
				constructor(format: CompressionFormat) {
					super(format);
					made.push(format);
				}
			};
			Object.assign(window, { recorded: made });
		});
		expect(results.length).toBeGreaterThan(0);
		// At least the primary shard's metadata and WebAssembly and one index chunk, all gzip.
		expect(streams.length).toBeGreaterThanOrEqual(3);
		expect(new Set(streams)).toEqual(new Set(['gzip']));
	});
});
