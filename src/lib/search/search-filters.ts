/** One filter of the search page: a Pagefind filter of the index (records.ts searchFilterValues). */
export interface SearchFilter {
	/** The Pagefind filter's name, also the select's name and the address parameter. */
	name: string;
	/** The select's label. */
	label: string;
	/** The first choice, which leaves the filter unset. */
	any: string;
	/**
	 * How the options are ordered and named: `year` newest first, as 2019年, with 不详 last;
	 * `count` by how many plans have the value, most first, as the value itself; `listed` in the
	 * order and with the names the page gives (the topics, in the taxonomy's order).
	 */
	order: 'year' | 'count' | 'listed';
}

/**
 * The search page's filters, in the order shown. A filter added here gets its select, with the
 * index's values and their counts (filter-options.ts), and its place in the search state and the
 * address (search-state.ts).
 */
export const SEARCH_FILTERS = [
	{ name: 'year', label: '年份', any: '全部年份', order: 'year' },
	{ name: 'region', label: '地区', any: '全部地区', order: 'count' },
	{ name: 'kind', label: '文件类型', any: '全部类型', order: 'count' },
	{ name: 'provenance', label: '来源', any: '全部来源', order: 'count' },
	{ name: 'topic', label: '主题', any: '全部主题', order: 'listed' },
] as const satisfies readonly SearchFilter[];
