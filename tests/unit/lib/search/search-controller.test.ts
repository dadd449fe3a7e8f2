import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PagefindApi, PagefindResult } from '../../../../src/lib/search/pagefind-api.ts';
import type { SearchText } from '../../../../src/lib/search/records.ts';
import { prepareQuery, type SynonymGroups } from '../../../../src/lib/search/query.ts';
import type { FacetVocabulary } from '../../../../src/lib/search/query-facets.ts';
import { PAGE_SIZE, searchController, TYPING_PAUSE_MS, type SearchView } from '../../../../src/lib/search/search-controller.ts';
import type { SearchState } from '../../../../src/lib/search/search-state.ts';
import { LOAD_FAILED_STATUS, SEARCHING_STATUS } from '../../../../src/lib/search/search-status.ts';

/** A plan whose items each say 医 once, and 药 in the first. */
const planText = (id: string, items: number): SearchText => ({
	url: `/plans/${id}/`,
	title: `${id} 工作要点`,
	region: '秦皇岛市',
	year: '2019年',
	kind: '要点',
	lead: '',
	items: Array.from({ length: items }, (_, index) => [`s${index + 1}`, `（${index + 1}）`, index === 0 ? '发展中医药。' : `第${index + 1}条：医疗服务。`]),
});
const TEXTS: Record<string, SearchText> = { p1: planText('p1', 12), p2: planText('p2', 3) };

/** The page as the controller leaves it. */
interface Page {
	query: string | null;
	results: string[];
	status: string;
	notes: string;
	busy: boolean;
	moreHidden: boolean;
	focused: string | null;
	cleared: number;
}

/** The plans' facts a query may name: both plans are of 2019 and 秦皇岛市. */
const FACETS: FacetVocabulary = { year: ['2019'], region: [['秦皇岛市', -1, 1, '秦皇岛']], kind: ['要点'], provenance: [] };

/**
 * A controller over fakes: a view that records the page, a box holding `box.query`, and a
 * Pagefind whose ranking is `rank` (by default both plans, at once).
 */
function setUp({ rank = async (_: SearchState): Promise<PagefindResult[]> => [{ id: 'p1' }, { id: 'p2' }], searchesAhead = false, synonyms = [] as SynonymGroups } = {}) {
	const page: Page = { query: null, results: [], status: '', notes: '', busy: false, moreHidden: true, focused: null, cleared: 0 };
	const view: SearchView = {
		clear(query) {
			page.query = query;
			page.results = [];
			page.cleared += 1;
		},
		append(hit) {
			page.results.push(hit.url);
			return { focus: () => (page.focused = hit.url) };
		},
		status: (text) => (page.status = text),
		notes: (text) => (page.notes = text),
		busy: (busy) => (page.busy = busy),
		hideMore: (hidden) => (page.moreHidden = hidden),
	};
	const box = { query: '' };
	const ranked: string[] = [];
	/** The Pagefind filters of each ranking, as JSON. */
	const filtered: string[] = [];
	const preloaded: string[] = [];
	const kept: string[] = [];
	const pagefind: Partial<PagefindApi> = {
		preload: async (query) => void preloaded.push(query),
		search: async (query) => {
			preloaded.push(`search ${query}`);
			return null;
		},
	};
	const controller = searchController({
		view,
		readState: () => ({ query: box.query.trim(), filters: {}, sort: '' }),
		keepInAddress: (state) => kept.push(state.query),
		synonyms,
		facets: FACETS,
		searchesAhead,
		loadPagefind: async () => pagefind as PagefindApi,
		ranking: {
			rankedPlans: ({ state, filters }) => {
				ranked.push(state.query);
				filtered.push(JSON.stringify(filters));
				return rank(state);
			},
			preload: async (query) => void preloaded.push(query.pagefindQuery),
		},
		loadText: async (id) => TEXTS[id],
		afterNextFrame: async () => undefined,
	});
	return { controller, page, box, ranked, filtered, preloaded, kept };
}

/** Lets the promises started so far run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => {
	vi.useRealTimers();
});

describe('searchController', () => {
	it('shows a page of results, then the next on request with the focus on its first, and says how many', async () => {
		const { controller, page, box, kept } = setUp();
		box.query = '医';
		await controller.search();
		expect(page).toMatchObject({ query: '医', busy: false, moreHidden: false, status: '含“医”的结果至少 12 条，已显示 10 条。', notes: '' });
		expect(page.results).toHaveLength(PAGE_SIZE);
		expect(kept).toEqual(['医']);
		await controller.showMore();
		expect(page.results).toHaveLength(15);
		expect(page).toMatchObject({ moreHidden: true, focused: '/plans/p1/#s11', status: '在 2 份文件中找到 15 条含“医”的结果。' });
	});

	it('takes the words that name facts as filters, searches the rest, and keeps the query as typed in the address', async () => {
		const { controller, page, box, filtered, kept } = setUp();
		box.query = '医疗 2019';
		await controller.search();
		expect(filtered).toEqual(['{"year":{"any":["2019"]}}']);
		expect(page).toMatchObject({ query: '医疗 2019', notes: '已按年份 2019 筛选；要按文字查找，请加引号，如 "2019"。', status: '含“医疗”的结果至少 11 条，已显示 10 条。' });
		expect(kept).toEqual(['医疗 2019']);
	});

	it('lists the plans themselves, counted by Pagefind, for a query of fact words only', async () => {
		const { controller, page, box } = setUp();
		box.query = '秦皇岛 2019';
		await controller.search();
		expect(page).toMatchObject({ results: ['/plans/p1/', '/plans/p2/'], status: '找到 2 份文件。', notes: '已按年份 2019、地区 秦皇岛市 筛选；要按文字查找，请加引号，如 "秦皇岛"。' });
	});

	it('gives the exact total once every plan found has been looked through, though not all are shown', async () => {
		const { controller, page, box } = setUp({ rank: async () => [{ id: 'p1' }] });
		box.query = '医';
		await controller.search();
		expect(page.status).toBe('在 1 份文件中共找到 12 条含“医”的结果，已显示 10 条。');
	});

	it('names the synonyms searched besides the query', async () => {
		const { controller, page, box } = setUp({ synonyms: [['医疗', '医疗卫生']] });
		box.query = '医疗';
		await controller.search();
		expect(page.notes).toBe('同时搜索了同义词：医疗 → 医疗卫生。');
		box.query = '？！';
		await controller.search();
		expect(page.notes).toBe('');
	});

	it('finds only the items that hold the query, and says when none does', async () => {
		const { controller, page, box } = setUp();
		box.query = '中医药';
		await controller.search();
		expect(page.results).toEqual(['/plans/p1/#s1', '/plans/p2/#s1']);
		box.query = '医中';
		await controller.search();
		expect(page).toMatchObject({ results: [], status: '没有找到含“医中”的条目。' });
	});

	it('keeps the results shown, and the further pages opened, when the same state is searched again', async () => {
		const { controller, page, box, ranked } = setUp();
		box.query = '医';
		await controller.search();
		await controller.showMore();
		box.query = ' 医 ';
		await controller.search();
		expect(page.cleared).toBe(1);
		expect(page.results).toHaveLength(15);
		expect(ranked).toEqual(['医']);
	});

	it('draws only the latest search when an earlier one finishes after it', async () => {
		let finishFirst!: (plans: PagefindResult[]) => void;
		const { controller, page, box, kept } = setUp({
			rank: (state) => (state.query === '医' ? new Promise((resolve) => (finishFirst = resolve)) : Promise.resolve([{ id: 'p2' }])),
		});
		box.query = '医';
		const first = controller.search();
		expect(page).toMatchObject({ status: SEARCHING_STATUS, busy: true });
		box.query = '医疗';
		await controller.search();
		finishFirst([{ id: 'p1' }]);
		await first;
		expect(page).toMatchObject({ query: '医疗', results: ['/plans/p2/#s2', '/plans/p2/#s3'], status: '在 1 份文件中找到 2 条含“医疗”的结果。' });
		expect(kept).toEqual(['医疗']);
	});

	it('says so when the search fails, and searches the same state again on the next try', async () => {
		let fail = true;
		const { controller, page, box, ranked } = setUp({ rank: async () => (fail ? Promise.reject(new Error('offline')) : [{ id: 'p2' }]) });
		box.query = '医疗';
		await controller.search();
		expect(page).toMatchObject({ status: LOAD_FAILED_STATUS, busy: false });
		fail = false;
		await controller.search();
		expect(page.results).toHaveLength(2);
		expect(ranked).toEqual(['医疗', '医疗']);
	});

	it('asks for searchable characters without searching, and clears the results for an empty box', async () => {
		const { controller, page, box, ranked } = setUp();
		box.query = '？！';
		await controller.search();
		expect(page).toMatchObject({ query: '？！', status: '请输入汉字、字母或数字。', busy: false });
		box.query = '';
		await controller.search();
		expect(page).toMatchObject({ query: '', status: '' });
		expect(ranked).toEqual([]);
	});

	it('searches after a pause in typing, not while an input method composes, and preloads what the query needs', async () => {
		vi.useFakeTimers();
		const { controller, page, box, preloaded } = setUp();
		controller.composing(true);
		box.query = 'yi';
		await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 4);
		expect(page.query).toBeNull();
		box.query = '医 2019';
		controller.composing(false);
		expect(preloaded).toEqual([prepareQuery('医').pagefindQuery]);
		await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
		expect(page).toMatchObject({ query: '医 2019', busy: false });
	});

	it('searches ahead while the visitor types, drawing nothing until Enter', async () => {
		vi.useFakeTimers();
		const { controller, page, box, ranked } = setUp({ searchesAhead: true });
		box.query = '医';
		controller.typed();
		await vi.advanceTimersByTimeAsync(0);
		expect(ranked).toEqual(['医']);
		expect(page.cleared).toBe(0);
		await controller.search();
		expect(page.results).toHaveLength(PAGE_SIZE);
	});

	it('warms Pagefind up once when the box is reached, before anything is typed', async () => {
		const { controller, preloaded } = setUp();
		controller.reached(true);
		await vi.waitFor(() => expect(preloaded).toEqual(['', 'search null']));
		controller.reached(true);
		await settle();
		expect(preloaded).toEqual(['', 'search null']);
	});

	it('does not warm up when a filter is reached, nor once the visitor has typed', async () => {
		const { controller, box, preloaded } = setUp();
		controller.reached(false);
		await settle();
		box.query = '医';
		controller.reached(true);
		await settle();
		expect(preloaded).toEqual([]);
	});
});
