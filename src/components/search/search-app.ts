/**
 * The search page's client code, the only script the site ships. Pagefind's own script and index
 * are fetched on first use (focus, typing, or a query in the address), never on page load, and
 * the visitor's query is searched as exact phrases of bigram tokens (src/lib/search).
 */
import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { prepareQuery, recordTokens, withSynonyms, type PreparedQuery, type SynonymGroups } from '../../lib/search/query.ts';
import { joinRecordText } from '../../lib/search/records.ts';
import { containsTokenRun } from '../../lib/search/tokenize.ts';

interface PagefindResultData {
	url: string;
	meta: Record<string, string | undefined>;
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
	results: PagefindResult[];
}
interface Pagefind {
	init(): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** How many results to show at once; more are fetched on request. */
const PAGE_SIZE = 20;
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
	const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
	let pagefind: Promise<Pagefind> | null = null;
	let generation = 0;
	let shown: PagefindResult[] = [];
	let pending: PagefindResult[] = [];
	let highlight: string[] = [];
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	let filterOptions: Promise<void> | null = null;

	const loadPagefind = (): Promise<Pagefind> =>
		(pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
			await module.init();
			return module;
		}));

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

	const renderResult = ({ url, meta }: PagefindResultData): HTMLLIElement => {
		const item = document.createElement('li');
		item.className = 'search-result';
		const heading = document.createElement('h2');
		heading.className = 'search-result__title';
		const link = document.createElement('a');
		link.href = url;
		renderParts(link, buildExcerpt(meta.title ?? url, highlight, 200).parts);
		heading.append(link);
		const facts = document.createElement('p');
		facts.className = 'search-result__meta';
		facts.textContent = [meta.item ? meta.plan : '', meta.region, meta.year, meta.kind].filter(Boolean).join(' · ');
		item.append(heading, facts);
		if (meta.text) {
			const excerpt = document.createElement('p');
			excerpt.className = 'search-result__excerpt';
			renderParts(excerpt, buildExcerpt(meta.text, highlight).parts);
			item.append(excerpt);
		}
		return item;
	};

	const showMore = async (current: number, moveFocus = false) => {
		const page = pending.slice(0, PAGE_SIZE);
		pending = pending.slice(PAGE_SIZE);
		const data = await Promise.all(page.map((result) => result.data()));
		if (current !== generation) return;
		const added = data.map(renderResult);
		list.append(...added);
		// The button may disappear; a keyboard user continues at the first new result instead.
		if (moveFocus) added[0]?.querySelector('a')?.focus();
		shown = [...shown, ...page];
		more.hidden = pending.length === 0;
		list.setAttribute('aria-busy', 'false');
	};

	/**
	 * For queries Pagefind answers too widely (see PreparedQuery.needsCheck), keeps the results
	 * whose indexed text really holds every term; the original text comes with each result.
	 */
	const keepExactMatches = async (results: PagefindResult[], prepared: PreparedQuery): Promise<PagefindResult[]> => {
		const data = await Promise.all(results.map((result) => result.data()));
		return results.filter((_, index) => {
			const { title = '', text = '' } = data[index].meta;
			const tokens = recordTokens(joinRecordText({ title, text }), synonyms);
			return prepared.termTokens.every((term) => containsTokenRun(tokens, term));
		});
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
		const prepared = prepareQuery(state.query, synonyms);
		list.replaceChildren();
		more.hidden = true;
		shown = [];
		pending = [];
		list.dataset.query = state.query;
		if (prepared.terms.length === 0) {
			status.textContent = state.query ? '请输入汉字、字母或数字。' : '';
			list.setAttribute('aria-busy', 'false');
			return;
		}
		status.textContent = '正在搜索…';
		list.setAttribute('aria-busy', 'true');
		const module = await loadPagefind();
		const [sortKey, direction] = state.sort.split(':');
		const search = await module.search(prepared.pagefindQuery, {
			filters: state.filters,
			...(sortKey && direction ? { sort: { [sortKey]: direction } } : {}),
		});
		if (current !== generation || !search) return;
		highlight = withSynonyms(prepared.terms, synonyms);
		pending = prepared.needsCheck ? await keepExactMatches(search.results, prepared) : search.results;
		if (current !== generation) return;
		const count = pending.length;
		status.textContent = count === 0 ? `没有找到含“${prepared.terms.join(' ')}”的条目。` : `找到 ${count} 条含“${prepared.terms.join(' ')}”的结果。`;
		list.dataset.count = String(count);
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
