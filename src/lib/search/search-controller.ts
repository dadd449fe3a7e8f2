/**
 * What the search page does when, apart from the DOM (the page script wires the two): which
 * search is current, what is searched ahead while the visitor types, and the results shown a
 * page at a time. Pagefind finds, filters and ranks the plans that hold every token of the query
 * (plan-ranking.ts); the plans' search texts then give the items that hold the query itself
 * (hits.ts).
 */
import { DEFAULT_PLAN_BATCHING, hitPages, hitsInRankOrder, tallyHits, type HitPages, type HitTally } from './hit-stream.ts';
import { findsPlansOnly, hitFinder, type SearchHit } from './hits.ts';
import { runForLatestState } from './latest-state.ts';
import type { PagefindApi } from './pagefind-api.ts';
import type { PlanRanking } from './plan-ranking.ts';
import type { FacetVocabulary } from './query-facets.ts';
import { synonymsUsed, withSynonyms, type SynonymGroups } from './query.ts';
import type { SearchText } from './records.ts';
import { hasSearch, resolveSearch } from './search-request.ts';
import { searchStateKey, type SearchState } from './search-state.ts';
import { describeNotes, describeResults, describeUnsearchable, LOAD_FAILED_STATUS, SEARCHING_STATUS } from './search-status.ts';

/** How many results are shown at once; more are shown on request. */
export const PAGE_SIZE = 10;
/** Pause after typing before searching, so each keystroke does not fetch index chunks. */
export const TYPING_PAUSE_MS = 250;

/** A result on screen. */
export interface ShownResult {
	/** Moves the keyboard focus to the result's link. */
	focus(): void;
}

/** What the controller changes on the page. */
export interface SearchView {
	/** Empties the results for a new search of `query`, as typed. */
	clear(query: string): void;
	/** Adds a result after the others, the highlight's terms marked. */
	append(hit: SearchHit, highlight: readonly string[]): ShownResult;
	status(text: string): void;
	/** Says what the search made of the query: the words taken as filters, the synonyms searched too. */
	notes(text: string): void;
	/** Marks the results as being filled in (aria-busy) or done. */
	busy(busy: boolean): void;
	/** Hides or shows the button for more results. */
	hideMore(hidden: boolean): void;
}

/** What the controller works with. */
export interface SearchControllerOptions {
	view: SearchView;
	/** The state the form shows. */
	readState(): SearchState;
	/** Keeps a state in the page's address. */
	keepInAddress(state: SearchState): void;
	/** The synonym groups the index was built with. */
	synonyms: SynonymGroups;
	/** The values of the filters a word of the query may name (query-facets.ts). */
	facets: FacetVocabulary;
	/** Whether the page searches ahead while the visitor types (shards.ts searchesAhead). */
	searchesAhead: boolean;
	loadPagefind(): Promise<PagefindApi>;
	ranking: PlanRanking;
	/** Loads a plan's search text by its Pagefind id. */
	loadText(id: string): Promise<SearchText>;
	/** Resolves once the browser has drawn the next frame, so that work after it does not delay it. */
	afterNextFrame(): Promise<void>;
}

/** What the page script calls on the visitor's actions. */
export interface SearchController {
	/** Searches the state the form shows (Enter, a filter changed, a query in the address). */
	search(): Promise<void>;
	/** The query was edited (not while an input method composes). */
	typed(): void;
	/** An input method starts or ends composing. */
	composing(active: boolean): void;
	/**
	 * The visitor reached for the form: Pagefind loads, and warms up when the box was reached.
	 * @param warmUp whether to warm up too
	 */
	reached(warmUp: boolean): void;
	/** Shows the next page of results (the button for more). */
	showMore(): Promise<void>;
}

/**
 * Starts a load ahead of need. A failure is left to the search that needs the load: it tries
 * again and tells the visitor.
 */
const inBackground = (load: Promise<unknown>): void => void load.catch(() => undefined);

/**
 * @param options the view, the form's state, and the search's loaders
 * @returns the controller
 */
export function searchController({ view, readState, keepInAddress, synonyms, facets, searchesAhead, loadPagefind, ranking, loadText, afterNextFrame }: SearchControllerOptions): SearchController {
	/** Counts searches; a search whose number is no longer the latest stops drawing. */
	let generation = 0;
	/** The key of the latest search's state, unless it failed. */
	let searchedKey: string | null = null;
	/**
	 * The search whose results are shown: its terms as typed, what they mark, its hits in pages,
	 * how many are shown, the plans Pagefind found and the count of the hits in those looked through.
	 */
	let shown: { terms: string; highlight: string[]; pages: HitPages<SearchHit>; count: number; planCount: number; plansOnly: boolean; tally: Readonly<HitTally> } | null = null;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;
	/** Set while an input method composes: its letters (pinyin) are not the query yet. */
	let composing = false;
	let warmedUp = false;

	/**
	 * While the visitor types, the search for what is in the box runs ahead: Pagefind ranks the
	 * plans and the texts the first results need are fetched, but nothing is drawn, so the list
	 * does not change under the visitor's eyes. Enter, or the pause after typing, then draws the
	 * results from what is ready. One runs at a time (latest-state.ts): a visitor who types faster
	 * than it skips the states in between.
	 */
	const searchAhead = runForLatestState(
		() => {
			const request = resolveSearch(readState(), synonyms, facets);
			return composing || !hasSearch(request) ? null : request;
		},
		({ state }) => searchStateKey(state),
		async (request) => {
			// A failure is left to the search that draws (it tries again and tells the visitor).
			const plans = await ranking.rankedPlans(request).catch(() => []);
			inBackground(Promise.all(plans.slice(0, DEFAULT_PLAN_BATCHING.first).map((plan) => loadText(plan.id))));
		},
	);

	/**
	 * A page's first search pays for running Pagefind's code for the first time (its WebAssembly
	 * and result handling) on top of the search. While the visitor who has just focused the box
	 * starts typing, one search without a term (Pagefind's search by filters alone, which returns
	 * every plan) runs that code once and fetches nothing; the visitor's own search then starts
	 * warm. A search for a word no plan holds would leave most of that code cold. On a large
	 * index the warm-up takes one long frame while the visitor starts typing; it is skipped once
	 * there is a query.
	 */
	const warmUp = async (module: PagefindApi) => {
		const visitorHasTyped = () => generation > 0 || readState().query !== '';
		if (warmedUp || visitorHasTyped()) return;
		warmedUp = true;
		// Resolves once Pagefind is ready, fetching nothing (an empty query needs no chunk).
		await module.preload('');
		// A visitor who pasted a query meanwhile is searching already, and this would compete.
		if (!visitorHasTyped()) await module.search(null);
	};

	const showLoadFailure = () => {
		searchedKey = null;
		view.status(LOAD_FAILED_STATUS);
		view.busy(false);
	};

	/**
	 * Shows the next page of results. The hits come plan by plan in Pagefind's order, and only
	 * the plans a page needs are fetched (hit-stream.ts); each result is added as soon as it is
	 * there, so the first ones do not wait for the rest of the page. The button for more results
	 * is shown only when there are more.
	 */
	const showMore = async (current: number, moveFocus = false) => {
		const results = shown;
		if (!results) return;
		view.busy(true);
		// Hidden while the results come in, so a second press cannot start a second round that
		// would interleave its results with this one's.
		view.hideMore(true);
		const added: ShownResult[] = [];
		try {
			// With the page filled, it is drawn before the hit after it is looked for.
			for await (const hit of results.pages.next(PAGE_SIZE, afterNextFrame)) {
				if (current !== generation) return;
				added.push(view.append(hit, results.highlight));
				results.count += 1;
			}
		} catch {
			if (current === generation) showLoadFailure();
			return;
		}
		if (current !== generation) return;
		// The button may disappear; a keyboard user continues at the first new result instead.
		if (moveFocus) added[0]?.focus();
		const { exhausted } = results.pages;
		view.hideMore(exhausted);
		const { terms, count, planCount, plansOnly, tally } = results;
		// When the query asks for plans, each plan found is one result: Pagefind's count is the total
		// (describeResults then needs no completeness).
		const complete = tally.plans === planCount;
		view.status(describeResults({ terms, shown: count, found: plansOnly ? planCount : tally.hits, plans: tally.plansWithHits, complete, plansOnly }));
		view.busy(false);
	};

	const showResults = async (current: number, state: SearchState) => {
		const request = resolveSearch(state, synonyms, facets);
		const { query } = request;
		shown = null;
		view.clear(state.query);
		view.hideMore(true);
		if (!hasSearch(request)) {
			view.notes('');
			view.status(describeUnsearchable(state.query));
			view.busy(false);
			return;
		}
		// Known before any result: shown now, it does not move the results when they arrive.
		view.notes(describeNotes({ facets: request.facets, synonyms: synonymsUsed(query.terms, synonyms) }));
		view.status(SEARCHING_STATUS);
		view.busy(true);
		let ranked;
		try {
			ranked = await ranking.rankedPlans(request);
		} catch {
			if (current === generation) showLoadFailure();
			return;
		}
		if (current !== generation) return;
		const { hitsOf, tally } = tallyHits(hitFinder(query, synonyms, state.filters.topic));
		const hits = hitsInRankOrder(
			ranked.map((result) => result.id),
			loadText,
			hitsOf,
		);
		shown = {
			terms: query.terms.join(' '),
			highlight: withSynonyms(query.terms, synonyms),
			pages: hitPages(hits),
			count: 0,
			planCount: ranked.length,
			plansOnly: findsPlansOnly(query, state.filters.topic),
			tally,
		};
		await showMore(current);
	};

	const search = async () => {
		clearTimeout(typingTimer);
		const state = readState();
		const key = searchStateKey(state);
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

	const typed = () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => void search(), TYPING_PAUSE_MS);
		// Pagefind fetches the index chunks the query will need at once, even while a search ahead
		// is still busy with an earlier state of the box.
		const { query } = resolveSearch(readState(), synonyms, facets);
		if (query.terms.length > 0) inBackground(ranking.preload(query));
		if (searchesAhead) void searchAhead();
	};

	return {
		search,
		typed,
		composing(active) {
			composing = active;
			// A pause while picking characters must not search the letters typed so far.
			if (active) clearTimeout(typingTimer);
			else typed();
		},
		reached(warm) {
			inBackground(warm ? loadPagefind().then(warmUp) : loadPagefind());
		},
		showMore: () => showMore(generation, true),
	};
}
