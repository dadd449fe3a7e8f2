import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readDistFile, readPage } from './helpers.ts';

/**
 * What tells the world about the site: the RSS feed of new plans, the sitemap, robots.txt, and
 * each page's canonical address and Open Graph tags. Addresses are absolute, on SITE_URL (the
 * default of astro.config.mjs unless the run sets it).
 */
const SITE = new URL(process.env.SITE_URL ?? 'https://plans.example.org');
const absolute = (path: string) => new URL(path, SITE).href;
const dist = inject('fixtureDist');
/** Every page of the fixture build by its address: a/b/index.html → /a/b/ (404.html is no page of its own). */
const pagePaths = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
	.map((file) => `/${file.slice(0, -'index.html'.length)}`)
	.sort();

interface ParsedXml {
	error: string | null;
	root: string;
	version: string | null;
	channel: Record<string, string>;
	items: Record<string, string | string[]>[];
	locs: string[];
}

// Chromium's DOMParser is a real XML parser: a feed it rejects, feed readers reject too.
let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
});

async function parseXml(text: string): Promise<ParsedXml> {
	return page.evaluate((xml) => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const childText = (element: Element) => Object.fromEntries([...element.children].filter((child) => child.children.length === 0).map((child) => [child.tagName, child.textContent ?? '']));
		const channel = doc.querySelector('rss > channel');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.tagName,
			version: doc.documentElement.getAttribute('version'),
			channel: channel ? childText(channel) : {},
			items: [...doc.querySelectorAll('rss > channel > item')].map((item) => ({
				...childText(item),
				category: [...item.querySelectorAll('category')].map((category) => category.textContent ?? ''),
			})),
			locs: [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? ''),
		};
	}, text);
}

describe('RSS feed /rss.xml', () => {
	let feed: ParsedXml;
	beforeAll(async () => {
		feed = await parseXml(readDistFile('rss.xml'));
	});

	it('is well-formed RSS 2.0 with a Chinese channel on the site', () => {
		expect(feed.error).toBeNull();
		expect([feed.root, feed.version]).toEqual(['rss', '2.0']);
		expect(feed.channel).toMatchObject({ title: '卫生健康工作要点公开：最新收录', link: absolute('/'), language: 'zh-cn' });
		expect(feed.channel.description).toContain('非官方文本不在其中');
	});

	it('lists the official texts, newest import first, then newest publication, undated last; not the unofficial one', () => {
		expect(feed.items.map((item) => item.link)).toEqual(
			[
				'/plans/qinhuangdao/2019-priorities/', // imported 2026-11-24
				'/plans/shangyu/2025-priorities/', // published 2025-03-31
				'/plans/fixture-county/2024-priorities/', // 2024-03-12
				'/plans/fixture-county/2023-summary/', // 2024-01-22
				'/plans/fixture-county/2023-priorities/', // 2023-03-10
				'/plans/fixture-county/2022-priorities/', // 2022-03-15
				'/plans/qinhuangdao/2018-priorities/', // no date
			].map(absolute),
		);
	});

	it('gives each item a title, a permalink guid, a description and the day it was added', () => {
		const [first] = feed.items;
		expect(first).toMatchObject({
			title: '2019年全市卫生健康工作要点',
			guid: absolute('/plans/qinhuangdao/2019-priorities/'),
			description: '秦皇岛市 · 2019年 · 要点 · 秦皇岛市卫生健康委 · 2019年4月12日发布，共 7 条事项。',
			pubDate: 'Tue, 24 Nov 2026 00:00:00 GMT',
			category: ['要点', '秦皇岛市'],
		});
		expect(feed.items[1].pubDate).toBe('Mon, 31 Mar 2025 00:00:00 GMT');
		expect(feed.items.at(-1)).not.toHaveProperty('pubDate');
	});

	it('links only to pages the build has', () => {
		for (const item of feed.items) expect(pagePaths, String(item.link)).toContain(new URL(String(item.link)).pathname);
	});

	it('is announced in the head of every page', () => {
		expect(pagePaths.length).toBeGreaterThan(20);
		for (const path of pagePaths) {
			const links = readPage(path).querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]');
			expect(links.map((link) => link.getAttribute('href')), path).toEqual(['/rss.xml']);
		}
	});
});

describe('sitemap and robots.txt', () => {
	let index: ParsedXml;
	let listed: string[];
	beforeAll(async () => {
		index = await parseXml(readDistFile('sitemap-index.xml'));
		listed = [];
		for (const sitemap of index.locs) {
			const parsed = await parseXml(readDistFile(new URL(sitemap).pathname));
			expect(parsed.error, sitemap).toBeNull();
			expect(parsed.root, sitemap).toBe('urlset');
			listed.push(...parsed.locs);
		}
	});

	it('has a well-formed index of sitemaps on the site', () => {
		expect(index.error).toBeNull();
		expect(index.root).toBe('sitemapindex');
		expect(index.locs.length).toBeGreaterThan(0);
		for (const loc of index.locs) expect(loc.startsWith(absolute('/'))).toBe(true);
	});

	it('lists every page of the build once, by its absolute address, and nothing else', () => {
		expect(pagePaths.length).toBeGreaterThan(20);
		expect([...listed].sort()).toEqual(pagePaths.map(absolute).sort());
	});

	it('is named in robots.txt, which lets crawlers in', () => {
		expect(readDistFile('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`);
	});
});

describe('canonical address and Open Graph tags', () => {
	it('give a plan page its absolute address, title, description, site and locale', () => {
		const head = readPage('/plans/qinhuangdao/2019-priorities/').querySelector('head');
		const property = (name: string) => head?.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
		const url = absolute('/plans/qinhuangdao/2019-priorities/');
		expect(head?.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
		expect(property('og:url')).toBe(url);
		expect(property('og:title')).toBe('2019年全市卫生健康工作要点');
		expect(property('og:description')).toBe(head?.querySelector('meta[name="description"]')?.getAttribute('content'));
		expect(property('og:description')).toBe('秦皇岛市2019年要点：2019年全市卫生健康工作要点');
		expect(property('og:type')).toBe('website');
		expect(property('og:site_name')).toBe('卫生健康工作要点公开');
		expect(property('og:locale')).toBe('zh_CN');
	});

	it('give every page its own address as canonical', () => {
		for (const path of pagePaths) {
			const head = readPage(path).querySelector('head');
			expect(head?.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(absolute(path));
			expect(head?.querySelector('meta[property="og:url"]')?.getAttribute('content'), path).toBe(absolute(path));
		}
	});

	it('keep the 404 page out of search engines, with no address of its own', () => {
		const head = readPage('/404.html').querySelector('head');
		expect(head?.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(head?.querySelector('link[rel="canonical"]')).toBeNull();
		expect(head?.querySelector('meta[property="og:url"]')).toBeNull();
	});
});
