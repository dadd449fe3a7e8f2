import { escapeHtml } from '../html.ts';
import { formatYear, orUnknown } from '../format.ts';
import { provenanceOf, type Provenance } from '../provenance.ts';
import { recordTokens, type SynonymGroups } from './query.ts';

/** What the search index needs of a plan (a subset of a dist/data/plans.json record). */
export interface SearchPlanInput {
	id: string;
	title: string;
	region_name: string | null;
	agency: string | null;
	year: number | null;
	kind: string;
	/** Where the text comes from (src/lib/provenance.ts): a filter, and a tag on results that are not official. */
	provenance: Provenance;
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
 * How much more a token counts in Pagefind's ranking (its data-pagefind-weight; running text
 * is 1) where the plan's title holds it, or an item's heading: a plan that names the query in
 * its title or in a heading comes before one that mentions it in passing.
 */
export const TITLE_WEIGHT = 7;
export const HEADING_WEIGHT = 3;

/**
 * Pagefind's ranking settings for this index. A plan holds each token once (buildSearchPage), so
 * a long plan mentions the query no more often than a short one: BM25's length normalisation
 * (Pagefind's pageLength) would only push long plans down, and is turned off. Plans then rank by
 * where they hold the query (title, heading, text), then in the index's order.
 */
export const SEARCH_RANKING = { pageLength: 0 };

/** One Pagefind HTML record: a plan and its items, as tokens. */
export interface SearchPage {
	url: string;
	html: string;
	/** The plan's year, 0 when unknown, for sorting results by year. */
	year: number;
	/** What the browser shows of the plan and checks its items with (see hits.ts). */
	text: SearchText;
}

/**
 * An item as the search results show it: its anchor, heading and text, as in the source, and its
 * topics with their broader topics (for the topic filter), left out when it has none.
 */
export type SearchTextItem = [anchor: string, title: string, text: string, topics?: string[]];

/**
 * A plan's text for the search results, one small file per plan: Pagefind finds the plans, the
 * browser fetches these for the plans it shows and finds the items in them (hits.ts).
 */
export interface SearchText {
	url: string;
	title: string;
	region: string;
	year: string;
	kind: string;
	/** Where the text comes from, when it is not an official publication (results tag it); left out for an official one. */
	provenance?: Exclude<Provenance, 'official'>;
	/** The plan's agency and opening text (the plan's own record, see planRecordParts). */
	lead: string;
	items: SearchTextItem[];
}


/** A plan with its items: what one search page is built from. */
export interface PlanSearchInput {
	plan: SearchPlanInput;
	items: SearchItemInput[];
}

/**
 * @param plans the plans of the open data
 * @param items the items of the open data, in plan order
 * @param topicParents each topic's broader topic (null at the top, from topics.json): an item's
 *   topics are searched with their broader topics, so that filtering by 公共卫生 finds the items
 *   of 免疫规划 too
 * @returns each plan with its items, in plan order
 */
export function groupSearchInputs(plans: readonly SearchPlanInput[], items: Iterable<SearchItemInput>, topicParents: ReadonlyMap<string, string | null> = new Map()): PlanSearchInput[] {
	const itemsByPlan = new Map<string, SearchItemInput[]>();
	const withBroader = (topics: readonly string[]) => {
		const all = new Set<string>();
		for (const topic of topics) for (let current: string | null | undefined = topic; current && !all.has(current); current = topicParents.get(current)) all.add(current);
		return [...all];
	};
	for (const original of items) {
		const item = original.topics.length > 0 ? { ...original, topics: withBroader(original.topics) } : original;
		const list = itemsByPlan.get(item.plan);
		if (list) list.push(item);
		else itemsByPlan.set(item.plan, [item]);
	}
	return plans.map((plan) => ({ plan, items: itemsByPlan.get(plan.id) ?? [] }));
}

/**
 * The Pagefind filter values of a plan's search page. The search page lists the same values in
 * its filter selects (filter-options.ts), so the two cannot drift apart.
 * @param input a plan with its items
 * @returns [filter name, value] pairs: the year, region and kind (不详 when unknown), the
 *   provenance's label, and each topic of its items once
 */
export function searchFilterValues({ plan, items }: PlanSearchInput): [name: string, value: string][] {
	return [
		['year', orUnknown(plan.year)],
		['region', orUnknown(plan.region_name)],
		['kind', plan.kind],
		['provenance', provenanceOf(plan.provenance).label],
		...[...new Set(items.flatMap((item) => item.topics))].map((topic): [string, string] => ['topic', topic]),
	];
}

/**
 * Builds one page of the search index: one per plan, so that the index, its file list and
 * Pagefind's memory grow with the number of plans, not of items. The page holds only what
 * Pagefind needs to find, filter and rank plans: the filters, and each token of the plan (its
 * title, agency, opening text and items, with their synonym expansions) once, where it counts
 * most: in the title's part, else in the item headings' part, else in the text's. Pagefind thus
 * finds the plans that hold every token of a query, and the browser finds the items that hold
 * the query itself (hits.ts). Once per plan, not at every place, keeps the index chunks, and the
 * bytes a search fetches, about a third of what positions for phrase search cost, and the
 * search's answer short: a phrase in Pagefind's own sense would only decide per plan anyway.
 * The original text goes to the browser apart from Pagefind, as the page's SearchText.
 * @param input a plan with its items
 * @param synonyms curated synonym groups, expanded at index time
 * @returns the page
 */
export function buildSearchPage({ plan, items }: PlanSearchInput, synonyms: SynonymGroups = []): SearchPage {
	const seen = new Set<string>();
	const unseenTokens = (text: string) =>
		recordTokens(text, synonyms).filter((token) => {
			const unseen = !seen.has(token);
			seen.add(token);
			return unseen;
		});
	const planParts = planRecordParts(plan);
	const itemParts = items.map(itemRecordParts);
	const tags = searchFilterValues({ plan, items }).map(([name, value]) => `<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(value)}">`);
	// A heading and its text are tokenised apart: no token runs across the line between them.
	const parts: [weight: number, tokens: string[]][] = [
		[TITLE_WEIGHT, unseenTokens(planParts.title)],
		[HEADING_WEIGHT, itemParts.flatMap((part) => unseenTokens(part.title))],
		[1, [planParts.text, ...itemParts.map((part) => part.text)].flatMap(unseenTokens)],
	];
	const body = parts
		.filter(([, tokens]) => tokens.length > 0)
		.map(([weight, tokens]) => `<p${weight === 1 ? '' : ` data-pagefind-weight="${weight}"`}>${tokens.join(' ')}</p>`);
	const html = `<!doctype html><html lang="${SEARCH_LANGUAGE}"><head>${tags.join('')}</head><body>${body.join('')}</body></html>`;
	const text: SearchText = {
		url: plan.url,
		title: plan.title,
		region: plan.region_name ?? '地区不详',
		year: formatYear(plan.year),
		kind: plan.kind,
		...(plan.provenance !== 'official' && { provenance: plan.provenance }),
		lead: planParts.text,
		items: items.map((item, index): SearchTextItem => {
			const anchor = item.url.slice(item.url.indexOf('#') + 1);
			const { title, text } = itemParts[index];
			return item.topics.length > 0 ? [anchor, title, text, item.topics] : [anchor, title, text];
		}),
	};
	return { url: plan.url, html, year: plan.year ?? 0, text };
}
