/**
 * The search page's client code, the only script the site ships. Pagefind's own script and index
 * are fetched on first use (focus, typing, or a query in the address), never on page load, and
 * the visitor's query is searched as bigram tokens (src/lib/search). Pagefind finds, filters
 * and ranks the plans that hold every token; the plans' search texts then give the items that
 * hold the query itself.
 */
import { chunkLoadTerms } from '../../lib/search/chunks.ts';
import { EARLY_RESPONSE_HOOK, earlyResponses, startPagefindFiles } from '../../lib/search/early-fetch.ts';
import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { DEFAULT_PLAN_BATCHING, hitPages, hitsInRankOrder, type HitPages } from '../../lib/search/hit-stream.ts';
import { hitFinder, type SearchHit } from '../../lib/search/hits.ts';
import { runForLatestState } from '../../lib/search/latest-state.ts';
import type { PagefindApi, PagefindResult } from '../../lib/search/pagefind-api.ts';
import { prepareQuery, withSynonyms, type PreparedQuery, type SynonymGroups } from '../../lib/search/query.ts';
import { SEARCH_LANGUAGE, SEARCH_RANKING, type SearchText } from '../../lib/search/records.ts';
import { mergedShardPaths, PAGEFIND_SCRIPT_PATH, SEARCH_CHUNK_STARTS_PATH, SEARCH_YEARS_PATH, searchTextPath, shardPath } from '../../lib/search/shards.ts';

/** How many results are shown at once; more are shown on request. */
const PAGE_SIZE = 10;
/** Pause after typing before searching, so each keystroke does not fetch index chunks. */
const TYPING_PAUSE_MS = 250;
const FILTER_NAMES = ['year', 'region', 'kind'] as const;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

if (form && input && status && list && more) {
	const synonyms = JSON.parse(form.dataset.synonyms ?? '[]') as SynonymGroups;
	const shards = Number(form.dataset.shards ?? '1');
	const searchesAhead = form.dataset.searchAhead === 'true';
	const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
	let pagefind: Promise<PagefindApi> | null = null;
	let generation = 0;
	/** The state (query, filters, sort) of the latest search, unless it failed. */
	let searchedKey: string | null = null;
	/** The query whose results are being shown: its terms as typed, and its hits in pages. */
	let shownQuery: { terms: string; pages: HitPages<SearchHit> } | null = null;
	/** The plans the results shown so far come from. */
	const hitPlans = new Set<string>();
	let highlight: string[] = [];
	let typingTimer: ReturnType<typeof setTimeout> | undefined;
	/** Set while an input method composes: its letters (pinyin) are not the query yet. */
	let composing = false;
	let warmedUp = false;
	let failedImports = 0;

	let filterOptions: Promise<void> | null = null;

	/** Keeps a loaded file for the visit, but not a failed load: the next search tries again. */
	const forgetOnFailure = <T>(load: Promise<T>, forget: () => void): Promise<T> => {
		load.catch(forget);
		return load;
	};
	/**
	 * Starts a load ahead of need. A failure is left to the search that needs the load: it tries
	 * again and tells the visitor (showLoadFailure).
	 */
	const inBackground = (load: Promise<unknown>): void => void load.catch(() => undefined);

	// Without its worker Pagefind saves a script and a round trip before the first results.
	const loadPagefind = (): Promise<PagefindApi> => {
		if (pagefind) return pagefind;
		// The browser keeps a module that failed to load as failed for the page's life: a retry
		// imports it under another address (Pagefind finds its files from the script's folder).
		const url = failedImports === 0 ? PAGEFIND_SCRIPT_PATH : `${PAGEFIND_SCRIPT_PATH}?retry=${failedImports}`;
		// Pagefind's entries, metadata and WebAssembly load alongside its script (early-fetch.ts).
		const responses = earlyResponses((file) => fetch(file), window.location.href);
		Object.assign(window, { [EARLY_RESPONSE_HOOK]: responses.take });
		startPagefindFiles(responses, [shardPath(0), ...mergedShardPaths(shards)], SEARCH_LANGUAGE);
		pagefind = forgetOnFailure(
			// A variable, so the bundler leaves Pagefind's own script alone.
			(import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (module) => {
				await module.options({ noWorker: true, ranking: SEARCH_RANKING });
				await module.init();
				// Each shard ranks its own plans, so each needs the same settings. The shards load
				// side by side (each fetches its entry, then its metadata); Pagefind keeps them in the
				// order of these calls, which it makes at once.
				await Promise.all(mergedShardPaths(shards).map((path) => module.mergeIndex(path, { ranking: SEARCH_RANKING })));
				return module;
			}),
			() => {
				pagefind = null;
				failedImports += 1;
			},
		);
		return pagefind;
	};

	const fetchJson = async <T>(path: string): Promise<T> => {
		const response = await fetch(path);
		if (!response.ok) throw new Error(`${response.status} ${path}`);
		return (await response.json()) as T;
	};
	/** The search's data files (plan texts, chunk starts, years), each fetched once per visit. */
	const loaded = new Map<string, Promise<unknown>>();
	const loadJson = <T>(path: string): Promise<T> => {
		if (!loaded.has(path)) loaded.set(path, forgetOnFailure(fetchJson<T>(path), () => loaded.delete(path)));
		return loaded.get(path) as Promise<T>;
	};
	const loadText = (id: string) => loadJson<SearchText>(searchTextPath(id));
	// Pagefind loads only the chunk where a term itself lies; for a prefix term (医, DRG, the 岁 of
	// 0-3岁) the page loads every other chunk the term reaches, so that the results never depend
	// on what earlier searches happened to load (chunks.ts). A query without one costs nothing.
	// The chunk starts load while Pagefind does, not after it: one round trip less before a first
	// search for such a term.
	const loadPrefixChunks = async (query: PreparedQuery): Promise<void> => {
		if (query.prefixTokens.length === 0) return;
		const [module, chunkStarts] = await Promise.all([loadPagefind(), loadJson<string[][]>(SEARCH_CHUNK_STARTS_PATH)]);
		await module.preload(chunkLoadTerms(chunkStarts, query.prefixTokens).join(' '));
	};

	// Pagefind cannot sort across merged shards, so the order by year is the page's: it needs the
	// year of every plan, fetched the first time a visitor sorts.
	const sortByYear = async (results: PagefindResult[], direction: string): Promise<PagefindResult[]> => {
		const yearOf = await loadJson<Record<string, number>>(SEARCH_YEARS_PATH);
		const sign = direction === 'asc' ? 1 : -1;
		return [...results].sort((a, b) => sign * ((yearOf[a.id] ?? 0) - (yearOf[b.id] ?? 0)));
	};

	const readState = () => ({
		query: input.value.trim(),
		filters: Object.fromEntries(FILTER_NAMES.flatMap((name) => (select(name)?.value ? [[name, select(name)!.value]] : []))),
		sort: select('sort')?.value ?? '',
	});

	type SearchState = ReturnType<typeof readState>;
	/** Two searches with the same key show the same results. */
	const stateKey = (state: SearchState) => JSON.stringify(state);

	/** The plans that hold the query, best first (or by year, as the visitor chose). */
	const rank = async (state: SearchState, query: PreparedQuery): Promise<PagefindResult[]> => {
		const [module] = await Promise.all([loadPagefind(), loadPrefixChunks(query)]);
		const results = (await module.search(query.pagefindQuery, { filters: state.filters }))?.results ?? [];
		const [sortKey, direction] = state.sort.split(':');
		return sortKey === 'year' ? sortByYear(results, direction) : results;
	};
	/** The ranking of the search state last asked for, kept while that state is in the box. */
	let ranking: { key: string; plans: Promise<PagefindResult[]> } | null = null;
	const rankedPlans = (state: SearchState, query: PreparedQuery): Promise<PagefindResult[]> => {
		const key = stateKey(state);
		if (ranking?.key !== key) {
			const plans = forgetOnFailure(rank(state, query), () => {
				if (ranking?.plans === plans) ranking = null;
			});
			ranking = { key, plans };
		}
		return ranking.plans;
	};

	/**
	 * While the visitor types, the search for what is in the box runs ahead: Pagefind ranks the
	 * plans and the texts the first results need are fetched, but nothing is drawn, so the list
	 * does not change under the visitor's eyes. Enter, or the pause after typing, then draws the
	 * results from what is ready. One runs at a time (latest-state.ts): a visitor who types faster
	 * than it skips the states in between. Only sites of up to SEARCH_AHEAD_MAX_PLANS plans search
	 * ahead (the form's data-search-ahead).
	 */
	const searchAhead = runForLatestState(
		() => {
			const state = readState();
			const query = prepareQuery(state.query, synonyms);
			return composing || query.terms.length === 0 ? null : { state, query };
		},
		({ state }) => stateKey(state),
		async ({ state, query }) => {
			// A failure is left to the search that draws (it tries again and tells the visitor).
			const plans = await rankedPlans(state, query).catch(() => []);
			inBackground(Promise.all(plans.slice(0, DEFAULT_PLAN_BATCHING.first).map((plan) => loadText(plan.id))));
		},
	);

	// The filter lists cost their own index files: they load after the first results, or at once
	// when a filter is reached for first.
	const loadFilterOptions = (): Promise<void> =>
		(filterOptions ??= forgetOnFailure(
			loadPagefind().then(async (module) => fillFilterOptions(await module.filters())),
			() => (filterOptions = null),
		));

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

	const describeCount = (terms: string, exhausted: boolean) => {
		const hitCount = list.childElementCount;
		return !exhausted
			? `已显示 ${hitCount} 条含“${terms}”的结果，还有更多。`
			: hitCount === 0
				? `没有找到含“${terms}”的条目。`
				: `在 ${hitPlans.size} 份文件中找到 ${hitCount} 条含“${terms}”的结果。`;
	};

	/** Resolves once the browser has drawn the next frame, so that work after it does not delay it. */
	const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

	/**
	 * A page's first search pays for running Pagefind's code for the first time (its WebAssembly
	 * and result handling), 100–200 ms here, on top of the search. While the visitor who has just
	 * focused the box starts typing, one search without a term (Pagefind's search by filters
	 * alone, which returns every plan) runs that code once and fetches nothing; the visitor's own
	 * search then starts warm. A search for a word no plan holds warms up too little (focused
	 * searches at 5,000 plans: 354 ms median, against 182). The price is one long frame at 5,000
	 * plans and more (55–64 ms at 5,000 and 70–77 ms at 10,000 in 4 of 4 trials, none at 1,000)
	 * while the visitor starts typing. It is skipped once there is a query.
	 */
	const warmUp = async (module: PagefindApi) => {
		const visitorHasTyped = () => generation > 0 || input.value.trim() !== '';
		if (warmedUp || visitorHasTyped()) return;
		warmedUp = true;
		// Resolves once Pagefind is ready, fetching nothing (an empty query needs no chunk).
		await module.preload('');
		// A visitor who pasted a query meanwhile is searching already, and this would compete.
		if (!visitorHasTyped()) await module.search(null);
	};

	// A file that did not load is fetched again on the next search (see the caches above).
	const showLoadFailure = () => {
		searchedKey = null;
		status.textContent = '搜索数据未能全部加载，请检查网络后重新搜索。';
		list.setAttribute('aria-busy', 'false');
	};

	/**
	 * Shows the next page of results. The hits come plan by plan in Pagefind's order, and only
	 * the plans a page needs are fetched (hit-stream.ts); each result is added as soon as it is
	 * there, so the first ones do not wait for the rest of the page. The button for more results
	 * is shown only when there are more.
	 */
	const showMore = async (current: number, moveFocus = false) => {
		const query = shownQuery;
		if (!query) return;
		list.setAttribute('aria-busy', 'true');
		// Hidden while the results come in, so a second press cannot start a second round that
		// would interleave its results with this one's.
		more.hidden = true;
		const added: HTMLLIElement[] = [];
		try {
			// With the page filled, it is drawn before the hit after it is looked for.
			for await (const hit of query.pages.next(PAGE_SIZE, afterNextFrame)) {
				if (current !== generation) return;
				const row = renderResult(hit);
				list.append(row);
				added.push(row);
				hitPlans.add(hit.planUrl);
			}
		} catch {
			if (current === generation) showLoadFailure();
			return;
		}
		if (current !== generation) return;
		// The button may disappear; a keyboard user continues at the first new result instead.
		if (moveFocus) added[0]?.querySelector('a')?.focus();
		more.hidden = query.pages.exhausted;
		status.textContent = describeCount(query.terms, query.pages.exhausted);
		list.setAttribute('aria-busy', 'false');
	};

	const keepInAddress = ({ query, filters, sort }: SearchState) => {
		const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters, ...(sort ? { sort } : {}) });
		const search = params.toString();
		window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
	};

	const showResults = async (current: number, state: SearchState) => {
		const query = prepareQuery(state.query, synonyms);
		shownQuery = null;
		list.replaceChildren();
		more.hidden = true;
		hitPlans.clear();
		list.dataset.query = state.query;
		if (query.terms.length === 0) {
			status.textContent = state.query ? '请输入汉字、字母或数字。' : '';
			list.setAttribute('aria-busy', 'false');
			return;
		}
		status.textContent = '正在搜索…';
		list.setAttribute('aria-busy', 'true');
		let ranked: PagefindResult[];
		try {
			ranked = await rankedPlans(state, query);
		} catch {
			if (current === generation) showLoadFailure();
			return;
		}
		if (current !== generation) return;
		highlight = withSynonyms(query.terms, synonyms);
		shownQuery = {
			terms: query.terms.join(' '),
			pages: hitPages(
				hitsInRankOrder(
					ranked.map((result) => result.id),
					loadText,
					hitFinder(query, synonyms),
				),
			),
		};
		await showMore(current);
		// With the results on screen, fetch the filter lists so the filters are ready when wanted:
		// after the frame that shows the results, whose drawing they would otherwise delay.
		inBackground(afterNextFrame().then(loadFilterOptions));
	};

	const runSearch = async () => {
		const state = readState();
		const key = stateKey(state);
		// Enter on the query whose results are shown, or on their way (the pause after typing
		// searched it), keeps them and the further pages the visitor has opened.
		if (key === searchedKey) return;
		searchedKey = key;
		const current = ++generation;
		try {
			await showResults(current, state);
		} finally {
			// Once the results are shown, or the search has failed: a new address makes the browser
			// fetch the page's icon again, which would compete with the search's own files.
			if (current === generation) keepInAddress(state);
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		void runSearch();
	});
	const queryTyped = () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => void runSearch(), TYPING_PAUSE_MS);
		// Pagefind fetches the index chunks the query will need at once, even while a search ahead
		// is still busy with an earlier state of the box.
		const query = prepareQuery(input.value, synonyms);
		if (query.terms.length > 0) inBackground(Promise.all([loadPagefind().then((module) => module.preload(query.pagefindQuery)), loadPrefixChunks(query)]));
		if (searchesAhead) void searchAhead();
	};
	input.addEventListener('compositionstart', () => {
		composing = true;
		// A pause while picking characters must not search the letters typed so far.
		clearTimeout(typingTimer);
	});
	input.addEventListener('compositionend', () => {
		composing = false;
		queryTyped();
	});
	input.addEventListener('input', (event) => {
		if (!(event as InputEvent).isComposing) queryTyped();
	});
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLSelectElement) void runSearch();
	});
	// Fetch Pagefind when the visitor reaches for the form, not before; the filter lists when a
	// filter is reached for.
	form.addEventListener('focusin', (event) => {
		if (event.target instanceof HTMLSelectElement) {
			inBackground(loadFilterOptions());
			return;
		}
		inBackground(loadPagefind().then(warmUp));
	});
	more.addEventListener('click', () => void showMore(generation, true));

	const params = new URLSearchParams(window.location.search);
	input.value = params.get('q') ?? '';
	const sort = select('sort');
	if (sort && params.get('sort')) sort.value = params.get('sort') ?? '';
	// A query in the address is searched at once (the search loads Pagefind and what else it
	// needs side by side); filters in it need their lists first. The search runs even if that
	// load failed: it tries again and says so if it fails.
	const addressFilters = FILTER_NAMES.some((name) => params.has(name));
	if (input.value.trim()) void (addressFilters ? loadFilterOptions().catch(() => undefined).then(runSearch) : runSearch());
}
