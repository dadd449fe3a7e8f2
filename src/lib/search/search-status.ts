/** The search page's status line, read out to screen readers (role="status"). */
import type { QueryFacets } from './query-facets.ts';
import { SEARCH_FILTERS } from './search-filters.ts';

export const SEARCHING_STATUS = '正在搜索…';

/** A file that did not load is fetched again on the next search (json-files.ts, pagefind-loader.ts). */
export const LOAD_FAILED_STATUS = '搜索数据未能全部加载，请检查网络后重新搜索。';

/**
 * @param typed the query as typed, when it has nothing searchable
 * @returns a hint when something was typed, else nothing
 */
export function describeUnsearchable(typed: string): string {
	return typed ? '请输入汉字、字母或数字。' : '';
}

/** How many results a search has, as far as is known. */
export interface ResultCount {
	/** The text terms searched, as typed, joined by spaces; '' for a query of fact words only. */
	terms: string;
	/** Results shown so far. */
	shown: number;
	/** Results found so far; all of them once `complete`. */
	found: number;
	/** Plans with results, among those looked through. */
	plans: number;
	/**
	 * Whether every plan Pagefind found has been looked through, so that `found` is the total. The
	 * items of a plan are known only once its text is fetched, and the page fetches only the texts
	 * the results shown need (hit-stream.ts): before that, `found` is a lower bound.
	 */
	complete: boolean;
	/** Whether the results are plans, not items (a query of fact words only, hits.ts findsPlansOnly). */
	plansOnly: boolean;
}

/**
 * @param count how many results there are, as far as is known
 * @returns what the results shown so far are, and how many there are in all or at least
 */
export function describeResults({ terms, shown, found, plans, complete, plansOnly }: ResultCount): string {
	if (plansOnly) {
		if (found === 0) return '没有找到符合条件的文件。';
		return shown === found ? `找到 ${found} 份文件。` : `共找到 ${found} 份文件，已显示 ${shown} 份。`;
	}
	const what = terms ? `含“${terms}”的结果` : '结果';
	if (!complete) return `${what}至少 ${found} 条，已显示 ${shown} 条。`;
	if (found === 0) return terms ? `没有找到含“${terms}”的条目。` : '没有找到符合条件的条目。';
	return shown === found ? `在 ${plans} 份文件中找到 ${found} 条${what}。` : `在 ${plans} 份文件中共找到 ${found} 条${what}，已显示 ${shown} 条。`;
}

/**
 * What the search made of the query besides its words, shown above the count: the words taken
 * as filters, those a chosen filter overruled, and the synonyms searched too.
 * @param notes the query's facets (query-facets.ts) and the synonyms used (query.ts synonymsUsed)
 * @returns the notes, or '' when there are none
 */
export function describeNotes({ facets, synonyms }: { facets: Pick<QueryFacets, 'taken' | 'overruled'>; synonyms: readonly { term: string; synonyms: readonly string[] }[] }): string {
	const labelOf = (name: string) => SEARCH_FILTERS.find((filter) => filter.name === name)?.label ?? name;
	const filtered = SEARCH_FILTERS.flatMap(({ name, label }) => {
		const names = [...new Set(facets.taken.filter((word) => word.filter === name).flatMap((word) => word.names))];
		return names.length > 0 ? [`${label} ${names.join(' 或 ')}`] : [];
	});
	return [
		...(filtered.length > 0 ? [`已按${filtered.join('、')} 筛选；要按文字查找，请加引号，如 "${facets.taken[0].word}"。`] : []),
		...facets.overruled.map(({ filter, chosen, word }) => `已选${labelOf(filter)} ${chosen}，“${word}”按文字搜索。`),
		...(synonyms.length > 0 ? [`同时搜索了同义词：${synonyms.map(({ term, synonyms: others }) => `${term} → ${others.join('、')}`).join('；')}。`] : []),
	].join('');
}
