import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';

/** A plan page of a built site, read from its HTML file. */
export interface BuiltPlanPage {
	/** Site path, e.g. /plans/qinhuangdao/2019-priorities/ */
	url: string;
	/** Plan id, e.g. qinhuangdao/2019-priorities */
	id: string;
	/** The HTML file on disk. */
	file: string;
	/** The raw HTML. */
	html: string;
	/** textContent of the plan's title and text with all whitespace removed (see readPlanPages). */
	text: string;
}

/**
 * Lists the site paths of every index.html under `<siteDist>/<section>/` below the section's own
 * index, e.g. section "plans" → /plans/baotou/2017-priorities/ (not /plans/).
 * @param siteDist the built site
 * @param section a top-level folder: plans, regions, years
 * @returns the site paths, sorted
 */
export async function listSectionPages(siteDist: string, section: string): Promise<string[]> {
	const dir = join(siteDist, section);
	if (!existsSync(dir)) return [];
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.map((entry) => relative(siteDist, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => path !== `${section}/index.html`)
		.map((path) => `/${path.slice(0, -'index.html'.length)}`)
		.sort();
}

/**
 * Reads every plan page of a built site (dist/plans/**\/index.html) and extracts the text that the
 * search must find, with Chromium's HTML parser (JavaScript off; nothing is fetched). The text is the
 * textContent of the title and the plan article with whitespace removed, because a Chinese phrase
 * may be broken across source lines and Chinese has no spaces between words anyway.
 * @param browser a launched Chromium
 * @param siteDist the built site
 * @returns one record per plan page
 */
export async function readPlanPages(browser: Browser, siteDist: string): Promise<BuiltPlanPage[]> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	await context.route('**/*', (route) => route.abort());
	const page = await context.newPage();
	const pages: BuiltPlanPage[] = [];
	try {
		for (const url of await listSectionPages(siteDist, 'plans')) {
			const file = join(siteDist, url, 'index.html');
			const html = await readFile(file, 'utf8');
			await page.setContent(html, { waitUntil: 'domcontentloaded' });
			const extracted = await page.evaluate(() => {
				const parts = [...document.querySelectorAll('#plan-title, .plan-body')];
				return parts.length ? { text: parts.map((part) => part.textContent ?? '').join('') } : null;
			});
			if (!extracted) continue;
			pages.push({
				url,
				id: url.replace(/^\/plans\//, '').replace(/\/$/, ''),
				file,
				html,
				text: extracted.text.replace(/\s+/g, ''),
			});
		}
	} finally {
		await context.close();
	}
	return pages;
}
