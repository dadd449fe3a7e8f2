import { describe, expect, it } from 'vitest';
import type { PagefindApi } from '../../../../src/lib/search/pagefind-api.ts';
import { planRanking, sortByYear } from '../../../../src/lib/search/plan-ranking.ts';
import { prepareQuery } from '../../../../src/lib/search/query.ts';
import { resolveSearch } from '../../../../src/lib/search/search-request.ts';
import { SEARCH_CHUNK_STARTS_PATH, SEARCH_YEARS_PATH } from '../../../../src/lib/search/shards.ts';

const results = ['a', 'b', 'c'].map((id) => ({ id }));
const years = { a: 2019, b: 2025, c: 0 };

describe('sortByYear', () => {
	it('orders the plans newest or oldest first, an unknown year counting as oldest', () => {
		expect(sortByYear(results, years, 'desc').map((result) => result.id)).toEqual(['b', 'a', 'c']);
		expect(sortByYear(results, years, 'asc').map((result) => result.id)).toEqual(['c', 'a', 'b']);
	});

	it("keeps Pagefind's order within a year", () => {
		expect(sortByYear(results, { a: 2019, b: 2019, c: 2019 }, 'desc')).toEqual(results);
	});
});

/** A Pagefind that finds `results` for any query, failing the first `failures` searches, and records its calls. */
function setUp({ failures = 0 } = {}) {
	const calls: string[] = [];
	const loaded: string[] = [];
	const pagefind: Partial<PagefindApi> = {
		preload: async (query) => void calls.push(`preload ${query}`),
		search: async (query, options) => {
			calls.push(`search ${query} ${JSON.stringify(options?.filters)}`);
			if (failures-- > 0) throw new Error('chunk failed');
			return { results };
		},
	};
	const files: Record<string, unknown> = { [SEARCH_YEARS_PATH]: years, [SEARCH_CHUNK_STARTS_PATH]: [['', '医']] };
	const loadJson = async <T>(path: string) => {
		loaded.push(path);
		return files[path] as T;
	};
	return { ranking: planRanking(async () => pagefind as PagefindApi, loadJson), calls, loaded };
}

const vocabulary = { year: ['2019', '2017'], region: [], kind: [], provenance: [] };
/** What a state with the year 2019 chosen asks for. */
const request = (query: string, sort = '') => resolveSearch({ query, filters: { year: '2019' }, sort }, [], vocabulary);

describe('planRanking', () => {
	it('searches with the state’s filters and keeps the ranking while the same state is asked for', async () => {
		const { ranking, calls } = setUp();
		const query = prepareQuery('中医药');
		const first = ranking.rankedPlans(request('中医药'));
		expect(ranking.rankedPlans(request('中医药'))).toBe(first);
		expect(await first).toEqual(results);
		expect(calls).toEqual([`search ${query.pagefindQuery} {"year":"2019"}`]);
	});

	it("searches by the filters alone, with the query's fact words as filters, when the query has no text", async () => {
		const { ranking, calls } = setUp();
		await ranking.rankedPlans(resolveSearch({ query: '2017', filters: {}, sort: '' }, [], vocabulary));
		expect(calls).toEqual(['search null {"year":{"any":["2017"]}}']);
	});

	it('orders by year with the years file, fetched only for that order', async () => {
		const { ranking, loaded } = setUp();
		await ranking.rankedPlans(request('中医药'));
		expect(loaded).toEqual([]);
		expect((await ranking.rankedPlans(request('中医药', 'year:desc'))).map((result) => result.id)).toEqual(['b', 'a', 'c']);
		expect(loaded).toEqual([SEARCH_YEARS_PATH]);
	});

	it('has Pagefind load the chunks a prefix term reaches, with the chunk starts', async () => {
		const { ranking, calls, loaded } = setUp();
		await ranking.preload(prepareQuery('医'));
		expect(loaded).toEqual([SEARCH_CHUNK_STARTS_PATH]);
		expect(calls.filter((call) => call.startsWith('preload'))).toHaveLength(2);
	});

	it('ranks again after a failure', async () => {
		const { ranking, calls } = setUp({ failures: 1 });
		await expect(ranking.rankedPlans(request('中医药'))).rejects.toThrow('chunk failed');
		expect(await ranking.rankedPlans(request('中医药'))).toEqual(results);
		expect(calls).toHaveLength(2);
	});
});
