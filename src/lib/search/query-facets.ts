import { PROVENANCES } from '../provenance.ts';
import { foldText } from './tokenize.ts';

/** The filters a word of the query may name (search-filters.ts). The topic is not among them: a topic's words are searched as text. */
export type FacetName = 'year' | 'region' | 'kind' | 'provenance';

/**
 * A region of the vocabulary: its name (临淄区), the index of the region above it in the list
 * (-1 for none), 1 when plans have it as their region (its name is then a value of the region
 * filter), and its name without the word for its level when that differs (临淄).
 */
export type FacetRegion = [name: string, parent: number, valued: 0 | 1, short?: string];

/**
 * The values of the filters that words of a query may name, written into the search page at
 * build time (facet-vocabulary.ts) from the same values as the filter selects: a word can only
 * name a value some plan has.
 */
export interface FacetVocabulary {
	/** The years with plans (2019). */
	year: string[];
	/** The regions with plans, and the regions above them, each after the one above it. */
	region: FacetRegion[];
	/** The kinds with plans (要点, 总结 …), without 其他, which names no kind. */
	kind: string[];
	/** The provenance labels with plans (官方发布, 转载, 非官方文本). */
	provenance: string[];
}

export const EMPTY_FACET_VOCABULARY: FacetVocabulary = { year: [], region: [], kind: [], provenance: [] };

/** A word of the query that names a fact of plans. */
export interface FactWord {
	/** The word as typed. */
	word: string;
	filter: FacetName;
	/** The filter's values it stands for: a plan must have one of them. */
	values: string[];
	/** What the status line calls the values it names: 2019, 临淄区, 山东省 (one region above others), 朝阳区 and 朝阳市 (two of one name). */
	names: string[];
}

/** A query split into its text and the words that name facts of plans. */
export interface QueryFacets {
	/** The query without the fact words taken as filters, to be searched as text. */
	text: string;
	/** The fact words taken as filters, in the order typed. */
	taken: FactWord[];
	/** The fact words searched as text, because the visitor chose another value of that filter, with that value. */
	overruled: (FactWord & { chosen: string })[];
}

/** Quotation marks: a word in them is text, never a fact (prepareQuery drops them). */
const QUOTE = /["“”「」『』'‘’]/gu;

/** A year as a word: 2019 or 2019年. */
const YEAR_WORD = /^(\d{4})年?$/u;

/** Words for a provenance besides its label, by its id (provenance.ts). */
const PROVENANCE_WORDS: Readonly<Partial<Record<(typeof PROVENANCES)[number]['id'], readonly string[]>>> = {
	official: ['官方'],
	unofficial: ['非官方'],
};

/**
 * @param vocabulary the vocabulary
 * @returns each valued region's chain of names, outermost first, with its name and short name at
 *   each level
 */
function valuedChains(vocabulary: FacetVocabulary): { value: string; chain: { index: number; forms: string[] }[] }[] {
	return vocabulary.region.flatMap(([name, , valued], index) => {
		if (!valued) return [];
		const chain: { index: number; forms: string[] }[] = [];
		for (let at = index; at >= 0; at = vocabulary.region[at][1]) {
			const [atName, , , short] = vocabulary.region[at];
			chain.unshift({ index: at, forms: short ? [atName, short] : [atName] });
		}
		return [{ value: name, chain }];
	});
}

const chainsCache = new WeakMap<FacetVocabulary, ReturnType<typeof valuedChains>>();

/**
 * The regions a word spells as names of one chain, outermost first, any level left out: 临淄,
 * 临淄区, 淄博市临淄区, 山东淄博 (the last names 淄博市).
 * @param word the folded word
 * @param chain a region's chain
 * @returns the indexes of the regions the word ends on
 */
function spelledRegions(word: string, chain: readonly { index: number; forms: string[] }[]): number[] {
	const ends: number[] = [];
	const spell = (rest: string, from: number) => {
		for (let at = from; at < chain.length; at++) {
			for (const form of chain[at].forms) {
				if (!rest.startsWith(form)) continue;
				if (rest.length === form.length) ends.push(chain[at].index);
				else spell(rest.slice(form.length), at + 1);
			}
		}
	};
	spell(word, 0);
	return ends;
}

/**
 * @param word the folded word
 * @param vocabulary the vocabulary
 * @returns the region filter's values of the regions the word names and of those below them, and
 *   the names of the regions it names; null when the word names no region with plans
 */
function regionFact(word: string, vocabulary: FacetVocabulary): { values: string[]; names: string[] } | null {
	let chains = chainsCache.get(vocabulary);
	if (!chains) {
		chains = valuedChains(vocabulary);
		chainsCache.set(vocabulary, chains);
	}
	const values = new Set<string>();
	const named = new Set<number>();
	for (const { value, chain } of chains) {
		const ends = spelledRegions(word, chain);
		if (ends.length === 0) continue;
		values.add(value);
		for (const end of ends) named.add(end);
	}
	if (values.size === 0) return null;
	return { values: [...values], names: [...new Set([...named].map((index) => vocabulary.region[index][0]))] };
}

/**
 * @param typed a word of the query, as typed
 * @param vocabulary the values filters have
 * @returns the fact the word names exactly, or null: a year with plans (2019, 2019年), a kind
 *   (要点, 工作要点), a provenance (非官方文本, 非官方), a region with plans or above them (临淄,
 *   临淄区, 淄博市临淄区, 淄博)
 */
export function readFactWord(typed: string, vocabulary: FacetVocabulary): FactWord | null {
	const word = foldText(typed);
	const year = YEAR_WORD.exec(word)?.[1];
	if (year && vocabulary.year.includes(year)) return { word: typed, filter: 'year', values: [year], names: [year] };
	const kind = vocabulary.kind.find((name) => word === name || word === `工作${name}`);
	if (kind) return { word: typed, filter: 'kind', values: [kind], names: [kind] };
	const provenance = PROVENANCES.find(({ id, label }) => vocabulary.provenance.includes(label) && (word === label || PROVENANCE_WORDS[id]?.includes(word)));
	if (provenance) return { word: typed, filter: 'provenance', values: [provenance.label], names: [provenance.label] };
	const region = regionFact(word, vocabulary);
	return region && { word: typed, filter: 'region', ...region };
}

/**
 * Splits a query into its text and the words that name facts of plans. Only a word that stands
 * alone (between spaces, not in quotation marks) and is exactly a fact's name counts: 计划 in
 * 计划生育, 县 or "2019" stay text. A fact word is taken as a filter unless the visitor chose
 * another value of that filter, which wins; the word is then searched as text.
 * @param query the query as typed
 * @param vocabulary the values filters have
 * @param chosen the filters the visitor chose, by name
 * @returns the text, and the fact words taken and overruled
 */
export function splitQueryFacets(query: string, vocabulary: FacetVocabulary, chosen: Readonly<Record<string, string>> = {}): QueryFacets {
	const text: string[] = [];
	const taken: FactWord[] = [];
	const overruled: QueryFacets['overruled'] = [];
	let quoted = false;
	for (const word of query.match(/[^\s\u3000]+/gu) ?? []) {
		const quotes = word.match(QUOTE)?.length ?? 0;
		const fact = quoted || quotes > 0 ? null : readFactWord(word, vocabulary);
		if (quotes % 2 === 1) quoted = !quoted;
		const chosenValue = fact && chosen[fact.filter];
		if (fact && chosenValue && !fact.values.includes(chosenValue)) overruled.push({ ...fact, chosen: chosenValue });
		else if (fact) {
			taken.push(fact);
			continue;
		}
		text.push(word);
	}
	return { text: text.join(' '), taken, overruled };
}

/**
 * @param taken the fact words taken as filters
 * @returns each filter they set, with the values any of which a plan must have
 */
export function factFilters(taken: readonly FactWord[]): Partial<Record<FacetName, string[]>> {
	const filters: Partial<Record<FacetName, string[]>> = {};
	for (const { filter, values } of taken) filters[filter] = [...new Set([...(filters[filter] ?? []), ...values])];
	return filters;
}
