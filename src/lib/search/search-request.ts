import type { PagefindFilters } from './pagefind-api.ts';
import { factFilters, splitQueryFacets, type FacetVocabulary, type QueryFacets } from './query-facets.ts';
import { prepareQuery, type PreparedQuery, type SynonymGroups } from './query.ts';
import type { SearchState } from './search-state.ts';

/** What a search state asks for: the query's fact words as filters, and its text prepared. */
export interface SearchRequest {
	state: SearchState;
	/** The query's fact words, taken as filters or overruled by a chosen filter, and the rest of its text. */
	facets: QueryFacets;
	/** The text terms, without the fact words taken as filters. */
	query: PreparedQuery;
	/** Pagefind's filters: those chosen in the selects, and for each other filter the values the query's fact words name. */
	filters: PagefindFilters;
}

/**
 * @param state the state the form shows
 * @param synonyms the synonym groups
 * @param vocabulary the values of the filters a word of the query may name
 * @returns what the state asks for
 */
export function resolveSearch(state: SearchState, synonyms: SynonymGroups, vocabulary: FacetVocabulary): SearchRequest {
	const facets = splitQueryFacets(state.query, vocabulary, state.filters);
	const filters: PagefindFilters = { ...state.filters };
	for (const [name, values] of Object.entries(factFilters(facets.taken))) {
		// A chosen value the word agrees with stays as chosen; one it does not has overruled the word.
		if (!state.filters[name]) filters[name] = { any: values };
	}
	return { state, facets, query: prepareQuery(facets.text, synonyms), filters };
}

/**
 * @param request a search request
 * @returns whether there is anything to search: a text term, or a fact word taken as a filter
 *   (临淄 2019 lists those plans)
 */
export function hasSearch(request: SearchRequest): boolean {
	return request.query.terms.length > 0 || request.facets.taken.length > 0;
}
