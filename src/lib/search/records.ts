import { recordTokens, type SynonymGroups } from './query.ts';

/** What the search index needs of a plan (a subset of a dist/data/plans.json record). */
export interface SearchPlanInput {
	id: string;
	title: string;
	region_name: string | null;
	agency: string | null;
	year: number | null;
	kind: string;
	lead: string;
	url: string;
}

/** What the search index needs of an item (a subset of a dist/data/items.json record). */
export interface SearchItemInput {
	plan: string;
	number: string | null;
	title: string;
	text: string;
	topics: string[];
	url: string;
}

/** One Pagefind custom record: an item, or a plan's title and lead. */
export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/** The index language: the site's, so that Pagefind's script picks this index for zh-CN pages. */
export const SEARCH_LANGUAGE = 'zh-cn';

/**
 * Builds the search records: one per item, so that results are items and link to their anchor,
 * and one per plan for its title, agency and opening text. The content is the bigram tokens;
 * the original text travels in `meta` for excerpts (and for checking results in the browser), so visitors see the source's characters.
 * @param plans the plans of the open data
 * @param items the items of the open data
 * @param synonyms curated synonym groups, expanded at index time
 * @returns the records, plans first, in data order
 */
export function buildSearchRecords(
	plans: readonly SearchPlanInput[],
	items: readonly SearchItemInput[],
	synonyms: SynonymGroups = [],
): SearchRecord[] {
	const tokenize = (text: string) => recordTokens(text, synonyms).join(' ');
	const planById = new Map(plans.map((plan) => [plan.id, plan]));
	const common = (plan: SearchPlanInput): Pick<SearchRecord, 'language' | 'filters' | 'sort'> => ({
		language: SEARCH_LANGUAGE,
		filters: {
			year: [plan.year === null ? '不详' : String(plan.year)],
			region: [plan.region_name ?? '不详'],
			kind: [plan.kind],
		},
		sort: { year: String(plan.year ?? 0).padStart(4, '0') },
	});
	const planMeta = (plan: SearchPlanInput) => ({
		plan: plan.title,
		region: plan.region_name ?? '地区不详',
		year: plan.year === null ? '年份不详' : `${plan.year}年`,
		kind: plan.kind,
	});
	const planRecords = plans.map((plan) => {
		const text = [plan.agency, plan.lead].filter(Boolean).join('\n');
		return {
			url: plan.url,
			content: tokenize(`${plan.title}\n${text}`),
			meta: { ...planMeta(plan), title: plan.title, item: '', text },
			...common(plan),
		};
	});
	const itemRecords = items.flatMap((item) => {
		const plan = planById.get(item.plan);
		if (!plan) return [];
		const heading = `${item.number ?? ''}${item.title}`;
		const record = {
			url: item.url,
			content: tokenize(`${heading}\n${item.text}`),
			meta: { ...planMeta(plan), title: heading, item: heading, text: item.text },
			...common(plan),
		};
		if (item.topics.length) record.filters = { ...record.filters, topic: [...item.topics] };
		return [record];
	});
	return [...planRecords, ...itemRecords];
}
