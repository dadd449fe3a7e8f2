import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEFAULT_PLAN_BATCHING } from '../../src/lib/search/hit-stream.ts';
import type { PagefindApi } from '../../src/lib/search/pagefind-api.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { mergedShardPaths, PAGEFIND_SCRIPT_PATH, SEARCH_PAGE_PATH, searchTextPath, SHARD_FOLDER_PREFIX, shardPath } from '../../src/lib/search/shards.ts';
import { readSynonyms, timeDirectArrival, timeVisitorSearch, type VisitorSearchOptions } from './search-probe.ts';
import { median } from './site-metrics.ts';
import type { ExtraPages } from './static-server.ts';

/**
 * The floor of a search on this site's index: bare pages, served beside the built site, that do
 * only what any page searching the index with Pagefind must do, and none of the site's own work
 * (no layout, style, filters, ranking, hit finding or excerpts). They load Pagefind's script, as
 * the site ships it and Pagefind wrote it, when the box is focused, or at once with a query in
 * the address; preload the query's index chunks on input, as Pagefind's own search
 * box does; and on Enter search and list the plans found (Pagefind's page ids). The second page
 * also fetches the search texts of the first plans, as a result that shows an item's own text
 * must (the site fetches the same number first), and lists their addresses. Timed like the
 * search page (search-probe.ts), the pages show how much of the search page's time is the search
 * itself on this machine.
 */
export const FLOOR_PAGES = [
	{ name: 'Pagefind 下限（只列出文件）', path: '/search-floor/', texts: false },
	{ name: '下限＋取搜索文本', path: '/search-floor-texts/', texts: true },
] as const;

/** What a floor page's script is given. */
interface FloorConfig {
	/** Each query the page may be asked, as the site sends it to Pagefind (prepareQuery). */
	pagefindQueries: Record<string, string>;
	pagefindScript: string;
	shardPaths: string[];
	/** A plan's search text is at textPath[0] + its id + textPath[1]; null: none fetched. */
	textPath: [string, string] | null;
	textsPerSearch: number;
}

/**
 * A floor page's script. It runs in the page (its source is written into the page), so it refers
 * to nothing outside itself.
 * @param config what the page searches
 * @param importScript the page's own import(): written here, it would be compiled for Node
 *   wherever this module is (vitest's transform turns it into a function the page lacks)
 */
function runFloorPage({ pagefindQueries, pagefindScript, shardPaths, textPath, textsPerSearch }: FloorConfig, importScript: (url: string) => Promise<unknown>): void {
	const form = document.getElementById('search-form') as HTMLFormElement;
	const input = document.getElementById('search-q') as HTMLInputElement;
	const list = document.getElementById('search-results') as HTMLOListElement;
	let pagefind: Promise<PagefindApi> | null = null;
	const load = () =>
		(pagefind ??= (importScript(pagefindScript) as Promise<PagefindApi>).then(async (module) => {
			await module.options({ noWorker: true });
			await module.init();
			await Promise.all(shardPaths.map((path) => module.mergeIndex(path)));
			return module;
		}));
	const pagefindQuery = (query: string) => {
		if (!Object.hasOwn(pagefindQueries, query)) throw new Error(`no prepared query for ${query}`);
		return pagefindQueries[query];
	};
	const search = async (query: string) => {
		const module = await load();
		const ids = ((await module.search(pagefindQuery(query)))?.results ?? []).map((result) => result.id);
		const shown = textPath
			? await Promise.all(ids.slice(0, textsPerSearch).map(async (id) => ((await (await fetch(`${textPath[0]}${id}${textPath[1]}`)).json()) as { url: string }).url))
			: ids.slice(0, 10);
		list.dataset.query = query;
		list.replaceChildren(...shown.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
		list.setAttribute('aria-busy', 'false');
	};
	input.addEventListener('focus', () => void load());
	input.addEventListener('input', () => {
		const query = input.value.trim();
		if (Object.hasOwn(pagefindQueries, query)) void load().then((module) => module.preload(pagefindQuery(query)));
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search(input.value.trim());
	});
	const query = new URLSearchParams(window.location.search).get('q');
	if (query) {
		input.value = query;
		void search(query);
	}
}

/**
 * @param dist a built site
 * @param queries the queries the pages will be asked
 * @returns the floor pages by path, to serve beside the site (serveStatic's extraPages)
 */
export function floorPages(dist: string, queries: readonly string[]): ExtraPages {
	const synonyms = readSynonyms(dist);
	const shards = 1 + readdirSync(join(dist, shardPath(0))).filter((name) => name.startsWith(SHARD_FOLDER_PREFIX)).length;
	const [before, after] = searchTextPath('\u0000').split('\u0000');
	const page = (texts: boolean) => {
		const config: FloorConfig = {
			pagefindQueries: Object.fromEntries(queries.map((query) => [query, prepareQuery(query, synonyms).pagefindQuery])),
			pagefindScript: PAGEFIND_SCRIPT_PATH,
			shardPaths: mergedShardPaths(shards),
			textPath: texts ? [before, after] : null,
			textsPerSearch: DEFAULT_PLAN_BATCHING.first,
		};
		// In a script element, "</" could end it early.
		const script = `(${runFloorPage.toString()})(${JSON.stringify(config).replace(/</g, '\\u003c')}, (url) => import(url));`;
		return (
			'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
			'<title>搜索下限</title></head><body><form id="search-form" role="search"><input id="search-q" type="search" name="q" aria-label="搜索词"></form>' +
			`<ol id="search-results"></ol><script type="module">${script}</script></body></html>`
		);
	};
	return Object.fromEntries(FLOOR_PAGES.map(({ path, texts }) => [path, page(texts)]));
}

/** One page's timings for one query (search-probe.ts QueryProbe). */
export interface FloorTimings {
	firstMs: number;
	focusedMs: number;
	laterMs: number;
	arrivalMs: number;
}

/** A page's medians over the queries. */
export interface FloorSummary extends FloorTimings {
	page: string;
	path: string;
}

/** Another build whose search page is timed beside the site's, e.g. the previous commit's. */
export interface OtherSite {
	/** How it is named in the table, e.g. the folder it was built into. */
	name: string;
	/** Where it is served. */
	url: string;
}

/**
 * Times the floor pages and the search page for each query, interleaved (the order of the pages
 * turns with each query, so no page always goes first): the first search pasted and submitted at
 * once, the search submitted a second after focusing the box, the next query in the same page,
 * and the page opened with the query in its address. Other builds of the same content (their
 * search pages, each served apart) take their turns too, so that two versions of the site are
 * compared in one run against the same floor.
 * @param browser a launched Chromium
 * @param siteUrl where the built site and the floor pages (floorPages) are served
 * @param queries the queries
 * @param laterPauseMs a pause before Enter in the later search (VisitorSearchOptions)
 * @param others other builds whose search pages are timed as well
 * @returns each page's timings per query: the floors, the site's search page, then the others'
 */
export async function probeFloor(
	browser: Browser,
	siteUrl: string,
	queries: readonly string[],
	laterPauseMs = 0,
	others: readonly OtherSite[] = [],
): Promise<{ page: string; path: string; timings: FloorTimings[] }[]> {
	const pages = [
		...FLOOR_PAGES.map(({ name, path }) => ({ page: name, path, url: siteUrl })),
		{ page: '站点搜索页', path: SEARCH_PAGE_PATH, url: siteUrl },
		...others.map((other) => ({ page: `搜索页：${other.name}`, path: SEARCH_PAGE_PATH, url: other.url })),
	].map((page) => ({ ...page, timings: [] as FloorTimings[] }));
	for (const [index, query] of queries.entries()) {
		const nextQuery = queries[(index + 1) % queries.length];
		for (let turn = 0; turn < pages.length; turn += 1) {
			const page = pages[(index + turn) % pages.length];
			const options: VisitorSearchOptions = { pagePath: page.path, laterPauseMs };
			const visit = await timeVisitorSearch(browser, page.url, query, nextQuery, options);
			const arrivalMs = await timeDirectArrival(browser, page.url, page.path, query);
			page.timings.push({ firstMs: visit.firstResultsMs, focusedMs: visit.focusedResultsMs, laterMs: visit.laterResultsMs, arrivalMs });
		}
	}
	return pages.map(({ page, path, timings }) => ({ page, path, timings }));
}

/**
 * @param pages probeFloor's measurements
 * @returns each page's medians
 */
export function summariseFloor(pages: Awaited<ReturnType<typeof probeFloor>>): FloorSummary[] {
	return pages.map(({ page, path, timings }) => ({
		page,
		path,
		firstMs: median(timings.map((timing) => timing.firstMs)),
		focusedMs: median(timings.map((timing) => timing.focusedMs)),
		laterMs: median(timings.map((timing) => timing.laterMs)),
		arrivalMs: median(timings.map((timing) => timing.arrivalMs)),
	}));
}
