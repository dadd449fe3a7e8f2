/**
 * The search page's script: it wires the page's form, list and
 * button to the search controller (src/lib/search/search-controller.ts). Pagefind and the
 * search's files are fetched on first use (focus, typing, or a query in the address), never on
 * page load. The filter options are in the page already (SearchFilters.astro).
 */
import { jsonFiles } from '../../lib/search/json-files.ts';
import { pagefindLoader } from '../../lib/search/pagefind-loader.ts';
import { planRanking } from '../../lib/search/plan-ranking.ts';
import type { SynonymGroups } from '../../lib/search/query.ts';
import { EMPTY_FACET_VOCABULARY, type FacetVocabulary } from '../../lib/search/query-facets.ts';
import type { SearchText } from '../../lib/search/records.ts';
import { searchController } from '../../lib/search/search-controller.ts';
import { readAddressFields, readSearchState, toAddressQuery } from '../../lib/search/search-state.ts';
import { searchTextPath } from '../../lib/search/shards.ts';
import { searchView } from './search-view.ts';

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const notes = document.querySelector<HTMLElement>('#search-notes');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

if (form && input && status && notes && list && more) {
	const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
	const loadPagefind = pagefindLoader({ shards: Number(form.dataset.shards ?? '1') });
	const loadJson = jsonFiles();
	const controller = searchController({
		view: searchView({ list, status, notes, more }),
		readState: () => readSearchState((name) => field(name)?.value ?? ''),
		keepInAddress: (state) => window.history.replaceState(null, '', toAddressQuery(state) || window.location.pathname),
		synonyms: JSON.parse(form.dataset.synonyms ?? '[]') as SynonymGroups,
		facets: form.dataset.facets ? (JSON.parse(form.dataset.facets) as FacetVocabulary) : EMPTY_FACET_VOCABULARY,
		searchesAhead: form.dataset.searchAhead === 'true',
		loadPagefind,
		ranking: planRanking(loadPagefind, loadJson),
		loadText: (id) => loadJson<SearchText>(searchTextPath(id)),
		afterNextFrame: () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
	});

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void controller.search();
	});
	input.addEventListener('compositionstart', () => controller.composing(true));
	input.addEventListener('compositionend', () => controller.composing(false));
	input.addEventListener('input', (event) => {
		if (!(event as InputEvent).isComposing) controller.typed();
	});
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLSelectElement) void controller.search();
	});
	// Fetch Pagefind when the visitor reaches for the form, not before.
	form.addEventListener('focusin', (event) => controller.reached(!(event.target instanceof HTMLSelectElement)));
	more.addEventListener('click', () => void controller.showMore());

	// A page opened from an address the page kept shows that search. Its query is searched at
	// once: the search loads Pagefind and what else it needs side by side.
	for (const [name, value] of Object.entries(readAddressFields(window.location.search))) {
		const element = field(name);
		if (element) element.value = value;
	}
	if (input.value.trim()) void controller.search();
}
