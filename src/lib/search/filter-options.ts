import { UNKNOWN_LABEL } from '../format.ts';
import { searchFilterValues, type PlanSearchInput } from './records.ts';
import type { SearchFilter } from './search-filters.ts';

/** One choice of a filter select. */
export interface FilterOption {
	value: string;
	/** What the select shows: the value and how many plans have it, e.g. 2019年（3）. */
	text: string;
}

/**
 * The options of the search page's filter selects, written into the page at build time: the
 * values the index gives each plan (searchFilterValues) and the number of plans with each, as
 * Pagefind's own filter counts would give them before any search.
 * @param inputs every plan of the index, with its items
 * @param filters the filters shown (search-filters.ts)
 * @param listed for a filter ordered `listed`, its values in order with their names; a value
 *   without plans is left out
 * @returns each filter's options by its name, in the filter's order
 */
export function filterOptions(
	inputs: readonly PlanSearchInput[],
	filters: readonly SearchFilter[],
	listed: ReadonlyMap<string, readonly { value: string; name: string }[]> = new Map(),
): Map<string, FilterOption[]> {
	const counts = new Map<string, Map<string, number>>(filters.map((filter) => [filter.name, new Map()]));
	for (const input of inputs) {
		for (const [name, value] of searchFilterValues(input)) {
			const values = counts.get(name);
			values?.set(value, (values.get(value) ?? 0) + 1);
		}
	}
	return new Map(
		filters.map((filter) => {
			const counted = counts.get(filter.name) ?? new Map<string, number>();
			if (filter.order === 'listed') {
				const options = (listed.get(filter.name) ?? []).flatMap(({ value, name }) => {
					const count = counted.get(value);
					return count ? [{ value, text: `${name}（${count}）` }] : [];
				});
				return [filter.name, options];
			}
			const entries = [...counted];
			const isYears = filter.order === 'year';
			entries.sort(isYears ? newestFirst : mostFirst);
			const options = entries.map(([value, count]) => ({
				value,
				text: `${isYears && value !== UNKNOWN_LABEL ? `${value}年` : value}（${count}）`,
			}));
			return [filter.name, options];
		}),
	);
}

type ValueCount = [value: string, count: number];

/** Years, newest first; an unknown year last. */
const newestFirst = ([a]: ValueCount, [b]: ValueCount) => Number(a === UNKNOWN_LABEL) - Number(b === UNKNOWN_LABEL) || b.localeCompare(a, 'zh-CN', { numeric: true });

/** The values most plans have first; equal counts in the Chinese collation order. */
const mostFirst = ([a, countA]: ValueCount, [b, countB]: ValueCount) => countB - countA || a.localeCompare(b, 'zh-CN');
