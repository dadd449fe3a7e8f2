import { recordTokens, withSynonyms, type PreparedQuery, type SynonymGroups } from './query.ts';
import type { Provenance } from '../provenance.ts';
import { joinRecordText, type RecordParts, type SearchText } from './records.ts';
import { containsTokenRun, foldText } from './tokenize.ts';

/** One search result as shown: an item of a plan, or the plan's own title and opening text. */
export interface SearchHit {
	url: string;
	/** The item's marker and heading, or the plan's title. */
	title: string;
	text: string;
	/** The plan's title, page, region, year and kind. */
	plan: string;
	planUrl: string;
	region: string;
	year: string;
	kind: string;
	/** Where the plan's text comes from, when it is not an official publication. */
	provenance?: Exclude<Provenance, 'official'>;
	/** Whether the hit is the plan itself rather than one of its items. */
	isPlan: boolean;
}

/**
 * Prepares, once per query, what finds the hits of each plan Pagefind found: the plan's opening
 * and the items whose own text holds every term of the query in a row (or a curated synonym), in
 * the plan's order. Pagefind finds the plans that hold every token of the query somewhere, so the
 * items are found here, with the same tokens as the index; this also drops a plan whose tokens
 * are not in a row, or whose terms are in different items.
 * With a topic chosen, only the items on that topic (or a narrower one) are hits: Pagefind's topic
 * filter keeps the plans with any item on it, and the plan's own opening is on no topic.
 * A query without text terms (only words that name facts, 临淄 2019: search-request.ts) asks
 * for the plans themselves: each plan is one hit, or with a topic chosen, its items on it.
 * @param prepared the query
 * @param synonyms the synonym groups the index was built with
 * @param topic the topic filter's id, if one is chosen
 * @returns the function from a plan's search text to its hits
 */
export function hitFinder(prepared: PreparedQuery, synonyms: SynonymGroups, topic?: string): (plan: SearchText) => SearchHit[] {
	// A cheap test first, which tokenising would only confirm for most items: a text that holds
	// a term (or a synonym of it) has all of the term's (or the synonym's) letters and characters.
	const letterSets = prepared.terms.map((term) => withSynonyms([term], synonyms).map((form) => [...new Set(foldText(form).replace(/[^\p{L}\p{N}+]/gu, ''))]));
	const mayMatch = (folded: string) => letterSets.every((forms) => forms.some((letters) => letters.every((letter) => folded.includes(letter))));
	const matches = (parts: RecordParts) => {
		if (prepared.terms.length === 0) return true;
		const text = joinRecordText(parts);
		if (!mayMatch(foldText(text))) return false;
		const tokens = recordTokens(text, synonyms);
		return prepared.termTokens.every((term) => containsTokenRun(tokens, term));
	};
	const plansOnly = findsPlansOnly(prepared, topic);
	return (plan) => {
		const facts = { plan: plan.title, planUrl: plan.url, region: plan.region, year: plan.year, kind: plan.kind, ...(plan.provenance && { provenance: plan.provenance }) };
		const items = plansOnly ? [] : topic ? plan.items.filter(([, , , topics]) => topics?.includes(topic)) : plan.items;
		const candidates = [
			...(topic ? [] : [{ url: plan.url, title: plan.title, text: plan.lead, isPlan: true }]),
			...items.map(([anchor, title, text]) => ({ url: `${plan.url}#${anchor}`, title, text, isPlan: false })),
		];
		return candidates.filter(matches).map((candidate) => ({ ...candidate, ...facts }));
	};
}

/**
 * @param prepared the query
 * @param topic the topic filter's id, if one is chosen
 * @returns whether each plan found is one hit, itself (hitFinder): Pagefind's count of plans is
 *   then the count of hits
 */
export function findsPlansOnly(prepared: PreparedQuery, topic?: string): boolean {
	return prepared.terms.length === 0 && !topic;
}
