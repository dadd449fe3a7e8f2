/**
 * The search page's client code, the only script the site ships. Pagefind's own script and index
 * are fetched on first use (focus, typing, or a query in the address), never on page load, and
 * the visitor's query is searched as exact phrases of bigram tokens (src/lib/search). Pagefind
 * finds, filters and ranks plans; the plans' search texts then give the matching items.
 */
import { chunkLoadTerms } from '../../lib/search/chunks.ts';
import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { hitFinder, type SearchHit } from '../../lib/search/hits.ts';
import { prepareQuery, withSynonyms, type PreparedQuery, type SynonymGroups } from '../../lib/search/query.ts';
import type { SearchText } from '../../lib/search/records.ts';
import { mergedShardPaths, SEARCH_CHUNK_STARTS_PATH, SEARCH_YEARS_PATH, searchTextPath } from '../../lib/search/shards.ts';

interface PagefindResult {
	id: string;
}
interface PagefindSearch {
	results: PagefindResult[];
}
interface Pagefind {
	options(options: { noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string): Promise<void>;
	preload(query: string): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** How many results to show at least at once; more are fetched on request. */
const PAGE_SIZE = 10;
/** Plans whose search texts are fetched together; each brings all of its matching items. */
const PLAN_BATCH = 5;
const MAX_PLAN_BATCH = 40;
/** Pause after typing before searching, so each keystroke does not fetch index chunks. */
const TYPING_PAUSE_MS = 250;
/** Kept in a variable so the bundler leaves Pagefind's own script alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const FILTER_NAMES = ['year', 'region', 'kind'] as const;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

if (form && input && status && list && more) {
	const synonyms = JSON.parse(form.dataset.synonyms ?? '[]') as SynonymGroups;
	const shards = Number(form.dataset.shards ?? '1');
	const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
	let pagefind: Promise<Pagefind> | null = null;
	let generation = 0;
	let pending: PagefindResult[] = [];
	/** The query whose results are being shown: its terms as typed, and what finds its hits in a plan. */
	let shownQuery: { terms: string; hitsOf: (plan: SearchText) => SearchHit[] } | null = null;
	let planCount = 0;
	let hitCount = 0;
	let highlight: string[] = [];
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	let filterOptions: Promise<void> | null = null;
	let years: Promise<Record<string, number>> | null = null;
	let chunkStarts: Promise<string[][]> | null = null;
	const texts = new Map<string, Promise<SearchText>>();

	// Without its worker Pagefind saves a script and a round trip before the first results; its
	// search itself takes a few milliseconds.
	const loadPagefind = (): Promise<Pagefind> =>
		(pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
			await module.options({ noWorker: true });
			await module.init();
			for (const path of mergedShardPaths(shards)) await module.mergeIndex(path);
			return module;
		}));

	const fetchJson = async <T>(path: string): Promise<T> => {
		const response = await fetch(path);
		if (!response.ok) throw new Error(`${response.status} ${path}`);
		return (await response.json()) as T;
	};
	const loadText = (id: string): Promise<SearchText> => {
		if (!texts.has(id)) texts.set(id, fetchJson<SearchText>(searchTextPath(id)));
		return texts.get(id)!;
	};
	// Pagefind loads only the chunk where a term itself lies; for a prefix term (医, DRG, the 岁 of
	// 0-3岁) the page loads every other chunk the term reaches, so that the results never depend
	// on what earlier searches happened to load (chunks.ts). A query without one costs nothing.
	const loadPrefixChunks = async (module: Pagefind, query: PreparedQuery): Promise<void> => {
		if (query.prefixTokens.length === 0) return;
		const terms = chunkLoadTerms(await (chunkStarts ??= fetchJson<string[][]>(SEARCH_CHUNK_STARTS_PATH)), query.prefixTokens);
		await module.preload(terms.join(' '));
	};

	// Pagefind cannot sort across merged shards, so the order by year is the page's: it needs the
	// year of every plan, fetched the first time a visitor sorts.
	const sortByYear = async (results: PagefindResult[], direction: string): Promise<PagefindResult[]> => {
		const yearOf = await (years ??= fetchJson<Record<string, number>>(SEARCH_YEARS_PATH));
		const sign = direction === 'asc' ? 1 : -1;
		return [...results].sort((a, b) => sign * ((yearOf[a.id] ?? 0) - (yearOf[b.id] ?? 0)));
	};

	// The filter lists cost their own index files: they load after the first results, or at once
	// when a filter is reached for first.
	const loadFilterOptions = (): Promise<void> =>
		(filterOptions ??= loadPagefind().then(async (module) => fillFilterOptions(await module.filters())));

	const fillFilterOptions = (counts: Record<string, Record<string, number>>) => {
		for (const name of FILTER_NAMES) {
			const element = select(name);
			if (!element) continue;
			const wanted = new URLSearchParams(window.location.search).get(name) ?? element.value;
			const values = Object.entries(counts[name] ?? {}).sort(([a, countA], [b, countB]) =>
				name === 'year' ? b.localeCompare(a, 'zh-CN') : countB - countA || a.localeCompare(b, 'zh-CN'),
			);
			for (const [value, count] of values) {
				const option = new Option(`${name === 'year' && value !== '不详' ? `${value}年` : value}（${count}）`, value);
				element.add(option);
			}
			element.value = wanted;
		}
	};

	const renderParts = (parent: HTMLElement, parts: ExcerptPart[]) => {
		for (const part of parts) parent.append(part.match ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
	};

	const renderResult = (hit: SearchHit): HTMLLIElement => {
		const item = document.createElement('li');
		item.className = 'search-result';
		const heading = document.createElement('h2');
		heading.className = 'search-result__title';
		const link = document.createElement('a');
		link.href = hit.url;
		renderParts(link, buildExcerpt(hit.title || hit.url, highlight, 200).parts);
		heading.append(link);
		const facts = document.createElement('p');
		facts.className = 'search-result__meta';
		facts.textContent = [hit.isPlan ? '' : hit.plan, hit.region, hit.year, hit.kind].filter(Boolean).join(' · ');
		item.append(heading, facts);
		if (hit.text) {
			const excerpt = document.createElement('p');
			excerpt.className = 'search-result__excerpt';
			renderParts(excerpt, buildExcerpt(hit.text, highlight).parts);
			item.append(excerpt);
		}
		return item;
	};

	const describeCount = (terms: string) =>
		pending.length > 0
			? `在 ${planCount} 份文件中找到含“${terms}”的结果，已显示 ${hitCount} 条。`
			: hitCount === 0
				? `没有找到含“${terms}”的条目。`
				: `在 ${planCount} 份文件中找到 ${hitCount} 条含“${terms}”的结果。`;

	/**
	 * Shows the next results: the matching items of the next plans, a batch of plans at a time,
	 * until a page is filled or no plan is left. A plan's data bring all of its items.
	 */
	const showMore = async (current: number, moveFocus = false) => {
		const query = shownQuery;
		if (!query) return;
		list.setAttribute('aria-busy', 'true');
		// Hidden while the results come in one plan at a time, so a second press cannot start a
		// second round that would interleave its results with this one's.
		more.hidden = true;
		const added: HTMLLIElement[] = [];
		let batchSize = PLAN_BATCH;
		while (added.length < PAGE_SIZE && pending.length > 0) {
			const batch = pending.slice(0, batchSize);
			pending = pending.slice(batchSize);
			// Plans whose terms are in different items yield nothing; when few plans yield hits,
			// fetch more at once rather than one small round after another.
			batchSize = Math.min(batchSize * 2, MAX_PLAN_BATCH);
			// All of the batch is requested at once; each plan's items are shown as soon as it and
			// the plans ranked above it have arrived, so the first results do not wait for the rest.
			for (const text of batch.map((result) => loadText(result.id))) {
				const plan = await text;
				if (current !== generation) return;
				const rows = query.hitsOf(plan).map(renderResult);
				list.append(...rows);
				added.push(...rows);
				hitCount += rows.length;
			}
		}
		// The button may disappear; a keyboard user continues at the first new result instead.
		if (moveFocus) added[0]?.querySelector('a')?.focus();
		more.hidden = pending.length === 0;
		status.textContent = describeCount(query.terms);
		list.setAttribute('aria-busy', 'false');
	};

	const readState = () => ({
		query: input.value.trim(),
		filters: Object.fromEntries(FILTER_NAMES.flatMap((name) => (select(name)?.value ? [[name, select(name)!.value]] : []))),
		sort: select('sort')?.value ?? '',
	});

	const keepInAddress = ({ query, filters, sort }: ReturnType<typeof readState>) => {
		const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters, ...(sort ? { sort } : {}) });
		const search = params.toString();
		window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
	};

	const runSearch = async () => {
		const current = ++generation;
		const state = readState();
		keepInAddress(state);
		const query = prepareQuery(state.query, synonyms);
		shownQuery = null;
		list.replaceChildren();
		more.hidden = true;
		pending = [];
		hitCount = 0;
		list.dataset.query = state.query;
		if (query.terms.length === 0) {
			status.textContent = state.query ? '请输入汉字、字母或数字。' : '';
			list.setAttribute('aria-busy', 'false');
			return;
		}
		status.textContent = '正在搜索…';
		list.setAttribute('aria-busy', 'true');
		const module = await loadPagefind();
		await loadPrefixChunks(module, query);
		const search = await module.search(query.pagefindQuery, { filters: state.filters });
		if (current !== generation || !search) return;
		const [sortKey, direction] = state.sort.split(':');
		const ranked = sortKey === 'year' ? await sortByYear(search.results, direction) : search.results;
		if (current !== generation) return;
		highlight = withSynonyms(query.terms, synonyms);
		shownQuery = { terms: query.terms.join(' '), hitsOf: hitFinder(query, synonyms) };
		pending = ranked;
		planCount = pending.length;
		await showMore(current);
		// With the results on screen, fetch the filter lists so the filters are ready when wanted.
		void loadFilterOptions();
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		void runSearch();
	});
	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => void runSearch(), TYPING_PAUSE_MS);
		// While the visitor pauses, Pagefind fetches the index chunks the query will need.
		const query = prepareQuery(input.value, synonyms);
		if (query.terms.length > 0) void loadPagefind().then((module) => Promise.all([module.preload(query.pagefindQuery), loadPrefixChunks(module, query)]));
	});
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLSelectElement) void runSearch();
	});
	// Fetch Pagefind when the visitor reaches for the form, not before; the filter lists when a
	// filter is reached for.
	form.addEventListener('focusin', (event) => {
		void (event.target instanceof HTMLSelectElement ? loadFilterOptions() : loadPagefind());
	});
	more.addEventListener('click', () => void showMore(generation, true));

	const params = new URLSearchParams(window.location.search);
	input.value = params.get('q') ?? '';
	const sort = select('sort');
	if (sort && params.get('sort')) sort.value = params.get('sort') ?? '';
	// A query in the address is searched at once; filters in it need their lists first.
	const addressFilters = FILTER_NAMES.some((name) => params.has(name));
	if (input.value.trim()) void (addressFilters ? loadFilterOptions() : loadPagefind()).then(runSearch);
}
