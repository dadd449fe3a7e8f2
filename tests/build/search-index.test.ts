import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { SearchText } from '../../src/lib/search/records.ts';
import { compareCodePoints } from '../../src/lib/search/chunks.ts';
import { SEARCH_CHUNK_STARTS_PATH, SEARCH_TEXT_PATH, SEARCH_YEARS_PATH } from '../../src/lib/search/shards.ts';

const dist = inject('fixtureDist');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

describe('search index', () => {
	const entry = readJson<{ languages: Record<string, { page_count: number }> }>('pagefind/pagefind-entry.json');
	const plans = readJson<{ url: string; year: number | null }[]>('data/plans.json');
	const items = readJson<{ plan: string; url: string }[]>('data/items.json');
	const years = readJson<Record<string, number>>(SEARCH_YEARS_PATH);

	it('holds one page per plan, in the site language', () => {
		expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
		expect(entry.languages['zh-cn'].page_count).toBe(plans.length);
	});

	it('has a search text for every page, with every item of its plan', () => {
		const texts = readdirSync(join(dist, SEARCH_TEXT_PATH)).map((name) => readJson<SearchText>(`${SEARCH_TEXT_PATH}${name}`));
		expect(texts.map((text) => text.url).sort()).toEqual(plans.map((plan) => plan.url).sort());
		const itemUrls = texts.flatMap((text) => text.items.map(([anchor]) => `${text.url}#${anchor}`));
		expect(itemUrls.sort()).toEqual(items.map((item) => item.url).sort());
	});

	it('knows the year of every page, for sorting', () => {
		const names = readdirSync(join(dist, SEARCH_TEXT_PATH)).map((name) => name.replace(/\.json$/, ''));
		expect(Object.keys(years).sort()).toEqual(names.sort());
		const yearOfUrl = new Map(plans.map((plan) => [plan.url, plan.year ?? 0]));
		for (const id of names) expect(years[id]).toBe(yearOfUrl.get(readJson<SearchText>(`${SEARCH_TEXT_PATH}${id}.json`).url));
	});

	it('lists where each index chunk starts, in Pagefind order, for the chunks prefix terms reach', () => {
		const [starts, ...more] = readJson<string[][]>(SEARCH_CHUNK_STARTS_PATH);
		expect(more).toEqual([]);
		expect(starts.length).toBe(readdirSync(join(dist, 'pagefind/index')).length);
		for (let index = 1; index < starts.length; index++) expect(compareCodePoints(starts[index - 1], starts[index])).toBeLessThan(0);
	});

	it('publishes only the Pagefind files the site loads: no result fragments, UI or worker', () => {
		expect(existsSync(join(dist, 'pagefind/fragment'))).toBe(false);
		expect(readdirSync(join(dist, 'pagefind')).filter((name) => /ui|worker|highlight/.test(name))).toEqual([]);
		expect(readdirSync(join(dist, 'pagefind/filter')).length).toBeGreaterThan(0);
	});

	it('publishes the synonyms it was built with', () => {
		expect(readJson<string[][]>('data/synonyms.json')).toContainEqual(['家庭医生', '家医']);
	});
});
