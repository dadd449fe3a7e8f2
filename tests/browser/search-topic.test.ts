import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readGroundTruth, readResults, selectFilter, urlsOf, useSearchBrowser } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const { expectedFor } = readGroundTruth(siteDist);

const readData = <T>(name: string): T => JSON.parse(readFileSync(join(siteDist, 'data', name), 'utf8')) as T;
const items = new Map(readData<{ url: string; topics: string[] }[]>('items.json').map((item) => [item.url, item]));
const parents = new Map(readData<{ id: string; parent: string | null }[]>('topics.json').map((topic) => [topic.id, topic.parent]));

/** @returns the item's topics (items.json) with every broader topic above them */
function topicsOf(url: string): Set<string> {
	const topics = new Set<string>();
	for (const id of items.get(url)?.topics ?? []) for (let topic: string | null | undefined = id; topic; topic = parents.get(topic)) topics.add(topic);
	return topics;
}

/** @returns the items that hold the query (the ground truth of search.test.ts) and are on the topic or a narrower one */
const expectedOn = (query: string, topic: string) => expectedFor(query).filter((record) => items.has(record.url) && topicsOf(record.url).has(topic)).map((record) => record.url).sort();
/** @returns the expected items that are on the topic only through a narrower topic */
const onlyThroughSubtopics = (urls: string[], topic: string) => urls.filter((url) => !items.get(url)?.topics.includes(topic));
const { openSearch } = useSearchBrowser(siteUrl);

describe('search filtered by topic', () => {
	it('from the address (?topic=), finds exactly the items on the topic, its subtopics included', async () => {
		// 基层卫生 is a broader topic: most 家庭医生 items are on it through 家庭医生签约.
		const [query, topic] = ['家庭医生', 'primary-care'];
		const expected = expectedOn(query, topic);
		expect(expected.length, `the real content has no item with ${query} on ${topic}`).toBeGreaterThan(0);
		expect(onlyThroughSubtopics(expected, topic).length, 'no item is on the topic only through a subtopic').toBeGreaterThan(0);
		const page = await openSearch(`/search/?q=${encodeURIComponent(query)}&topic=${topic}`);
		const results = await readResults(page, query);
		expect(await page.locator('#search-form select[name="topic"]').inputValue()).toBe(topic);
		await page.close();
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) expect([...topicsOf(result.url)], result.url).toContain(topic);
		expect(urlsOf(results)).toEqual(expected);
	});

	it('picked in the select, narrows the results to the items on the topic and keeps it in the address', async () => {
		const [query, topic] = ['疫苗', 'public-health'];
		const expected = expectedOn(query, topic);
		expect(onlyThroughSubtopics(expected, topic).length).toBeGreaterThan(0);
		const page = await openSearch(`/search/?q=${encodeURIComponent(query)}`);
		const unfiltered = await readResults(page, query);
		await selectFilter(page, 'topic', topic);
		const filtered = await readResults(page, query);
		const address = new URL(page.url()).searchParams.get('topic');
		// A narrower topic keeps only its own items.
		await selectFilter(page, 'topic', 'immunization');
		const narrower = await readResults(page, query);
		await page.close();
		expect(address).toBe(topic);
		expect(filtered.length).toBeGreaterThan(0);
		expect(filtered.length).toBeLessThan(unfiltered.length);
		for (const result of filtered) expect([...topicsOf(result.url)], result.url).toContain(topic);
		expect(urlsOf(filtered)).toEqual(expected);
		expect(narrower.length).toBeGreaterThan(0);
		expect(urlsOf(narrower)).toEqual(expectedOn(query, 'immunization'));
		expect(expected).toEqual(expect.arrayContaining(urlsOf(narrower)));
	});
});
