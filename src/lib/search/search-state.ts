import { SEARCH_FILTERS, type SearchFilter } from './search-filters.ts';

/** What a search is for: the query, the filters set, and the order chosen. */
export interface SearchState {
	/** The query as typed, without white space around it. */
	query: string;
	/** Each filter that is set, by name (year: 2019). */
	filters: Record<string, string>;
	/** The order: '' for Pagefind's ranking, or year:desc / year:asc. */
	sort: string;
}

/** The form fields a search state is read from, besides one per filter. */
const QUERY_FIELD = 'q';
const SORT_FIELD = 'sort';

/**
 * @param valueOf the value of the search form's field of that name ('' when there is none)
 * @param filters the page's filters
 * @returns the state the form shows
 */
export function readSearchState(valueOf: (name: string) => string, filters: readonly SearchFilter[] = SEARCH_FILTERS): SearchState {
	return {
		query: valueOf(QUERY_FIELD).trim(),
		filters: Object.fromEntries(filters.flatMap(({ name }) => (valueOf(name) ? [[name, valueOf(name)]] : []))),
		sort: valueOf(SORT_FIELD),
	};
}

/**
 * @param state a search state
 * @returns a key that two states share when they show the same results
 */
export function searchStateKey(state: SearchState): string {
	return JSON.stringify([state.query, Object.entries(state.filters).sort(), state.sort]);
}

/**
 * @param state a search state
 * @returns the address's query string that keeps it (?q=…&year=…&sort=…), or '' when there is
 *   nothing to keep
 */
export function toAddressQuery({ query, filters, sort }: SearchState): string {
	const search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters, ...(sort ? { sort } : {}) }).toString();
	return search ? `?${search}` : '';
}

/**
 * @param search the address's query string
 * @param filters the page's filters
 * @returns the value of each field of the search form the address sets, '' for those it does
 *   not: a page opened from a kept address shows the state it kept
 */
export function readAddressFields(search: string, filters: readonly SearchFilter[] = SEARCH_FILTERS): Record<string, string> {
	const params = new URLSearchParams(search);
	return Object.fromEntries([QUERY_FIELD, ...filters.map(({ name }) => name), SORT_FIELD].map((name) => [name, params.get(name) ?? '']));
}
