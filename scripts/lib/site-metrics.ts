import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SEARCH_TEXT_PATH } from '../../src/lib/search/shards.ts';

/** Sizes of a built site, as `npm run bench` reports them. */
export interface SiteMetrics {
	/** Bytes of every file in the output folder. */
	dist_bytes: number;
	/** HTML pages in the output folder. */
	pages: number;
	/** Median bytes of a plan page's HTML. */
	html_bytes_per_plan: number;
	/** Median of each plan page's HTML bytes divided by its text bytes. */
	html_to_text_ratio: number;
	/** The largest such ratio (short plans carry the page frame over little text). */
	html_to_text_ratio_max: number;
	/** The most JavaScript any plan page loads before search is used: scripts and modulepreloads. */
	js_bytes_content_page: number;
	/** Bytes of the search index: dist/pagefind/ and the plans' search texts. */
	pagefind_bytes: number;
	/** Files of the search index: dist/pagefind/ and the plans' search texts. */
	pagefind_files: number;
	/** Bytes of the largest HTML page: no page may grow with the size of the archive. */
	largest_page_bytes: number;
	/** That page's path, e.g. /topics/tcm/2019/. */
	largest_page: string;
}

/**
 * Measures a built site.
 * @param dist the output folder
 * @param textBytes UTF-8 bytes of each plan's text (its Markdown body), by plan id
 * @returns the sizes
 */
export function measureSite(dist: string, textBytes: ReadonlyMap<string, number>): SiteMetrics {
	const files = listFiles(dist);
	const pagefind = files.filter((file) => file.path.startsWith('pagefind/') || file.path.startsWith(SEARCH_TEXT_PATH.slice(1)));
	const htmlSizes: number[] = [];
	const ratios: number[] = [];
	let jsBytes = 0;
	for (const [id, bytes] of textBytes) {
		const file = join(dist, 'plans', id, 'index.html');
		if (!existsSync(file)) throw new Error(`plan page missing: ${file}`);
		const html = readFileSync(file, 'utf8');
		const size = Buffer.byteLength(html);
		htmlSizes.push(size);
		ratios.push(size / bytes);
		jsBytes = Math.max(jsBytes, scriptBytes(dist, html));
	}
	const html = files.filter((file) => file.path.endsWith('.html'));
	const largest = html.reduce((max, file) => (file.size > max.size ? file : max), { path: '', size: 0 });
	return {
		dist_bytes: sum(files.map((file) => file.size)),
		pages: html.length,
		html_bytes_per_plan: median(htmlSizes),
		html_to_text_ratio: round(median(ratios), 3),
		html_to_text_ratio_max: round(Math.max(...ratios), 3),
		js_bytes_content_page: jsBytes,
		pagefind_bytes: sum(pagefind.map((file) => file.size)),
		pagefind_files: pagefind.length,
		largest_page_bytes: largest.size,
		largest_page: `/${largest.path.replace(/index\.html$/, '')}`,
	};
}

/** Script types that a browser does not run as JavaScript (e.g. Pagefind's result template). */
const NOT_JAVASCRIPT = /\btype=["']?(?!module|text\/javascript|application\/javascript)[^"'\s>]+/i;

/**
 * @param dist the output folder, to size same-origin script files
 * @param html a page
 * @returns bytes of the JavaScript the page loads by itself: inline and external scripts and module
 * preloads; a script from another origin counts as Infinity, since the site must not load one
 */
export function scriptBytes(dist: string, html: string): number {
	let bytes = 0;
	const sizeOf = (url: string) => {
		if (/^(?:[a-z]+:)?\/\//i.test(url)) return Infinity;
		const file = join(dist, url.split(/[?#]/)[0]);
		return existsSync(file) ? statSync(file).size : 0;
	};
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (NOT_JAVASCRIPT.test(attributes)) continue;
		const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
		bytes += src ? sizeOf(src) : Buffer.byteLength(body);
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*\brel=["']?modulepreload[^>]*>/gi)) {
		const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
		if (href) bytes += sizeOf(href);
	}
	return bytes;
}

function listFiles(root: string): { path: string; size: number }[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			return { path: relative(root, file).split(sep).join('/'), size: statSync(file).size };
		});
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * @param values numbers
 * @returns their median, 0 for none
 */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
