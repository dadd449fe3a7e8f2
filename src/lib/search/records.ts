import { formatYear } from '../format.ts';
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

/** What a record is indexed with and shows: a title line (plan title or item heading) and a body. */
export interface RecordParts {
	title: string;
	text: string;
}

/**
 * @param plan a plan
 * @returns its record's parts: the title, then the agency and the opening text
 */
export function planRecordParts(plan: Pick<SearchPlanInput, 'title' | 'agency' | 'lead'>): RecordParts {
	return { title: plan.title, text: [plan.agency, plan.lead].filter(Boolean).join('\n') };
}

/**
 * @param item an item
 * @returns its record's parts: the heading with its original marker, then the item's text
 */
export function itemRecordParts(item: Pick<SearchItemInput, 'number' | 'title' | 'text'>): RecordParts {
	return { title: `${item.number ?? ''}${item.title}`, text: item.text };
}

/**
 * The one text a record is indexed from. The browser (to check results), the search probe and
 * the tests (for ground truth) rebuild it from the same parts, so they cannot drift apart.
 * @param parts a record's parts
 * @returns the text
 */
export function joinRecordText({ title, text }: RecordParts): string {
	return `${title}\n${text}`;
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
		year: formatYear(plan.year),
		kind: plan.kind,
	});
	const planRecords = plans.map((plan) => {
		const parts = planRecordParts(plan);
		return {
			url: plan.url,
			content: tokenize(joinRecordText(parts)),
			meta: { ...planMeta(plan), ...parts, item: '' },
			...common(plan),
		};
	});
	const itemRecords = items.flatMap((item) => {
		const plan = planById.get(item.plan);
		if (!plan) return [];
		const parts = itemRecordParts(item);
		const record = {
			url: item.url,
			content: tokenize(joinRecordText(parts)),
			meta: { ...planMeta(plan), ...parts, item: parts.title },
			...common(plan),
		};
		if (item.topics.length) record.filters = { ...record.filters, topic: [...item.topics] };
		return [record];
	});
	return [...planRecords, ...itemRecords];
}
