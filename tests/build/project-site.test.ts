import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { describeBrokenLinks, findBrokenLinks } from '../support/link-check.ts';
import { readResults } from '../support/search-ui.ts';
import { PROJECT_SITE } from '../support/project-site.ts';

/**
 * The fixture built as a GitHub Pages project site serves it: at https://<owner>.github.io/<repo>/,
 * every page, script, data file and search file under /<repo>/. A link from the domain's root
 * would lead to another site of the owner, or to nothing.
 */
const dist = inject('projectSiteDist');
const BASE = `${PROJECT_SITE.basePath}/`;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('a project site’s build (SITE_URL and BASE_PATH from configure-pages)', () => {
	it('has every internal link, script, style and form under the base path, each leading to a file of the build', async () => {
		const broken = await findBrokenLinks(dist, BASE);
		expect(broken, describeBrokenLinks(broken)).toEqual([]);
		// The check must see the base: the same build read as a root site has every link outside.
		expect((await findBrokenLinks(dist, '/')).length).toBeGreaterThan(100);
	});

	it('gives absolute addresses under the base path: canonical, print address, sitemap, feed, robots.txt', () => {
		const page = parse(read('plans/fixture-county/2023-priorities/index.html'));
		const address = `${PROJECT_SITE.siteUrl}/plans/fixture-county/2023-priorities/`;
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(address);
		expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(address);
		expect(page.querySelector('.print-url')?.text).toContain(address);
		const sitemap = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
		expect(sitemap).toContain(address);
		for (const loc of sitemap) expect(loc.startsWith(`${PROJECT_SITE.siteUrl}/`), loc).toBe(true);
		const feedLinks = [...read('rss.xml').matchAll(/<link>([^<]+)<\/link>/g)].map(([, link]) => link);
		expect(feedLinks[0]).toBe(`${PROJECT_SITE.siteUrl}/`);
		for (const link of feedLinks) expect(link.startsWith(`${PROJECT_SITE.siteUrl}/`), link).toBe(true);
		expect(read('robots.txt')).toContain(`Sitemap: ${PROJECT_SITE.siteUrl}/sitemap-index.xml`);
	});

	it('writes the open data’s addresses from the domain’s root, with the base path', () => {
		const plans = JSON.parse(read('data/plans.json')) as { id: string; url: string }[];
		expect(plans.length).toBeGreaterThan(0);
		for (const plan of plans) expect(plan.url).toBe(`${BASE}plans/${plan.id}/`);
		const items = JSON.parse(read('data/items.json')) as { url: string }[];
		for (const item of items) expect(item.url.startsWith(`${BASE}plans/`), item.url).toBe(true);
		const comparisons = JSON.parse(read('data/comparisons.json')) as { url: string }[];
		expect(comparisons.length).toBeGreaterThan(0);
		for (const comparison of comparisons) expect(comparison.url).toMatch(new RegExp(`^${BASE}compare/[^/]+/[^/]+--[^/]+/$`));
	});
});

describe('a project site in the browser, served under its base path only', () => {
	let browser: Browser;
	let server: StaticServer;
	/** Every response of 400 or more, and every request outside the base path, of the page's life. */
	let failures: string[];

	beforeAll(async () => {
		assertChromium();
		[browser, server] = await Promise.all([launchChromium(), serveStatic(dist, {}, BASE)]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function open(path: string): Promise<Page> {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		failures = [];
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (response.status() >= 400 || (url.origin === server.url && !url.pathname.startsWith(BASE))) failures.push(`${response.status()} ${url.pathname}`);
		});
		page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
		expect((await page.goto(`${server.url}${BASE}${path}`))?.status()).toBe(200);
		return page;
	}

	it('searches, and a result opens its item on the plan page', async () => {
		const page = await open('search/?q=家庭医生');
		const results = await readResults(page, '家庭医生');
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) expect(result.url.startsWith(`${BASE}plans/`), result.url).toBe(true);
		const item = page.locator(`#search-results a[href^="${BASE}plans/"][href*="#"]`).first();
		const href = (await item.getAttribute('href')) ?? '';
		await Promise.all([page.waitForURL((url) => `${url.pathname}${url.hash}` === href), item.click()]);
		const anchor = decodeURIComponent(href.slice(href.indexOf('#') + 1));
		expect(await page.locator(`.plan-body [id="${anchor}"]`).count(), href).toBe(1);
		await page.close();
		expect(failures).toEqual([]);
	});

	it('compares any two plans from their data files, linking back under the base path', async () => {
		const page = await open('compare/?a=fixture-county/2022-priorities&b=fixture-county/2023-priorities');
		const result = page.locator('#compare-result');
		await result.locator('h2').first().waitFor();
		const links = await result.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
		expect(links).toContain(`${BASE}plans/fixture-county/2022-priorities/`);
		expect(await result.textContent()).not.toContain('找不到文件');
		await page.close();
		expect(failures).toEqual([]);
	});

	it('goes from the home page through the navigation to every section without leaving the base path', async () => {
		const page = await open('');
		const sections = await page.locator('.site-nav a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
		expect(sections.length).toBeGreaterThan(5);
		for (const href of sections) {
			expect(href.startsWith(BASE), href).toBe(true);
			expect((await page.goto(`${server.url}${href}`))?.status(), href).toBe(200);
		}
		await page.close();
		expect(failures).toEqual([]);
	});
});
