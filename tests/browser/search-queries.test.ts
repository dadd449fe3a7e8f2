import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { chunkLoadTerms } from '../../src/lib/search/chunks.ts';
import { SEARCH_CHUNK_STARTS_PATH } from '../../src/lib/search/shards.ts';
import { readGroundTruth, readResults, type SearchResult, typeQuery, urlsOf, useSearchBrowser } from '../support/search-ui.ts';
import { SEARCH_SHARD_PLANS } from '../support/setup-browser.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
/** What the index holds, as plain text, and the ground truth for a query (search-ui.ts). */
const { searchable, expectedFor } = readGroundTruth(siteDist);

/**
 * Queries with known answers on the real content: domain terms, a term a generic dictionary
 * splits (医共体), a non-word (医中), mixed forms, an abbreviation with a synonym (家医), and
 * single characters, whose words span many index chunks (医, 岁, 县).
 */
const QUERIES = ['家庭医生签约', '中医药', '妇幼健康', '孕产妇死亡率', '医共体', '健康扶贫', '艾滋病', '疫苗', '结核病', '医养结合', '互联网+医疗健康', '医中', '5岁以下儿童死亡率', '0-3岁', 'HPV', 'DRG', '家医', '两癌', '分级诊疗', '医', '岁', '县'];
/** Queries with a term that is a prefix of others (医, DRG, the 岁 of 0-3岁), and the rest. */
const PREFIX_QUERIES = QUERIES.filter((query) => prepareQuery(query).prefixTokens.length > 0);
const BIGRAM_QUERIES = QUERIES.filter((query) => !PREFIX_QUERIES.includes(query));

const { openSearch } = useSearchBrowser(siteUrl);

describe('search finds the phrase, not scattered characters', () => {
	it('searches an index in several shards (the test build keeps them small)', () => {
		// What the search page tells its script, as built.
		const form = parse(readFileSync(join(siteDist, 'search', 'index.html'), 'utf8')).querySelector('#search-form');
		const shards = Number(form?.getAttribute('data-shards'));
		expect(shards).toBe(Math.ceil(new Set(searchable.map((record) => record.url.replace(/#.*$/, ''))).size / SEARCH_SHARD_PLANS));
		expect(shards).toBeGreaterThan(1);
	});

	it('reaches several index chunks with a prefix term (the test build keeps chunks small)', () => {
		const starts = JSON.parse(readFileSync(join(siteDist, SEARCH_CHUNK_STARTS_PATH), 'utf8')) as string[][];
		expect(starts.length).toBeGreaterThan(1);
		expect(Math.max(...starts.map((shard) => chunkLoadTerms([shard], prepareQuery('医').prefixTokens).length))).toBeGreaterThan(2);
	});

	const expectExactly = (query: string, results: readonly SearchResult[]) => {
		const expected = expectedFor(query);
		expect(expected.length, `the real content has no item with ${query}`).toBeGreaterThan(0);
		expect(urlsOf(results)).toEqual(urlsOf(expected));
	};

	// A prefix term's results would depend on the index chunks earlier searches happened to load
	// (chunks.ts): each is searched on a page that has loaded nothing yet.
	it.each(PREFIX_QUERIES)('finds exactly the items that contain %s, on a fresh page', async (query) => {
		const page = await openSearch();
		await typeQuery(page, query);
		const results = await readResults(page, query);
		await page.close();
		expectExactly(query, results);
	});

	// A query of whole bigrams loads exactly its own chunks, whatever came before: one page serves them all.
	describe('on one page, one query after another', () => {
		let page: Page;
		beforeAll(async () => {
			page = await openSearch();
		});
		afterAll(async () => {
			await page?.close();
		});
		it.each(BIGRAM_QUERIES)('finds exactly the items that contain %s', async (query) => {
			await typeQuery(page, query);
			expectExactly(query, await readResults(page, query));
		});
	});

	it('returns nothing for a string no item contains', async () => {
		const page = await openSearch('/search/?q=签约医中');
		const results = await readResults(page, '签约医中');
		const status = await page.locator('#search-status').textContent();
		await page.close();
		expect(results).toEqual([]);
		expect(status).toContain('没有找到');
	});
});

