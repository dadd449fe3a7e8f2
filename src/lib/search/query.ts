import { encodeToken, foldText, toIndexTokens, toQueryTokens, type QueryTokens } from './tokenize.ts';

/** Groups of equivalent search terms, as curated in content/synonyms.yaml. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Prefix of the tokens that stand for a synonym group in the index. They live apart from the
 * text's tokens, so a query can never match inside an expansion by accident (医中 inside the
 * expansion 中医中药 of 中医药).
 */
const SYNONYM_PREFIX = 's';

/** A visitor's query made ready for Pagefind. */
export interface PreparedQuery {
	/** The terms as typed, in order, without duplicates. */
	terms: string[];
	/** Each term's indexed tokens (encoded), in order: what the browser checks each item with (hits.ts). */
	termTokens: QueryTokens[];
	/**
	 * The Pagefind query: every token a plan must hold, unquoted, in any order and place. The
	 * index keeps each token once per plan (records.ts), so Pagefind finds the plans that may
	 * hold the query; the browser then finds the items that hold it in a row (hits.ts).
	 */
	pagefindQuery: string;
	/**
	 * The tokens of the query Pagefind matches as prefixes of longer words (all but Han bigrams,
	 * whose code no other token extends): a lone character (医), a Latin word or number (DRG, the
	 * 0 and 3 of 0-3岁), a plus sign. Their words may lie in several index chunks, which the page
	 * must load itself (chunks.ts).
	 */
	prefixTokens: string[];
}

/**
 * @param term a term
 * @param groups the synonym groups
 * @returns the group the term is a member of (compared after folding), if any
 */
function findGroup(term: string, groups: SynonymGroups): readonly string[] | undefined {
	const folded = foldText(term);
	return groups.find((group) => group.some((member) => foldText(member) === folded));
}

/**
 * @param term a query term
 * @param groups the synonym groups
 * @returns the encoded tokens that find the term: a member of a synonym group is looked for in
 *   the group's tokens (every member, whole), any other term in the text's tokens
 */
function termTokens(term: string, groups: SynonymGroups): QueryTokens & { searched: string[]; prefixes: string[] } {
	const synonym = Boolean(findGroup(term, groups));
	const { tokens, openEnd } = synonym ? { tokens: toIndexTokens(term), openEnd: false } : toQueryTokens(term);
	const encode = (token: string) => (synonym ? SYNONYM_PREFIX : '') + encodeToken(token);
	const searched = searchedTokens(tokens);
	return {
		tokens: tokens.map(encode),
		openEnd,
		searched: searched.map(encode),
		prefixes: searched.filter((token) => !HAN_BIGRAM.test(token)).map(encode),
	};
}

const HAN_BIGRAM = /^[\p{Script=Han}〇]{2}$/u;
const HAN_CHAR = /^[\p{Script=Han}〇]$/u;

/**
 * @param tokens a term's tokens, not encoded
 * @returns those Pagefind looks for: without a lone character that ends the bigram before it
 *   (the 药 of 中医 医药 药), which the bigram already requires and which, as a prefix, would
 *   only load more index chunks
 */
function searchedTokens(tokens: readonly string[]): string[] {
	return tokens.filter((token, index) => !(HAN_CHAR.test(token) && index > 0 && HAN_BIGRAM.test(tokens[index - 1]) && tokens[index - 1].endsWith(token)));
}

/**
 * Turns the text typed into the search box into a Pagefind query. Every term must occur as
 * typed, or as one of its curated synonyms; quotation marks are accepted and make no difference.
 * @param query the text typed into the search box
 * @param groups the synonym groups
 * @returns the terms and the query; no terms when nothing is searchable
 */
export function prepareQuery(query: string, groups: SynonymGroups = []): PreparedQuery {
	const terms = [
		...new Set(
			query
				.replace(/["“”「」『』'‘’]/g, ' ')
				.split(/[\s\u3000]+/)
				.filter((term) => toQueryTokens(term).tokens.length > 0),
		),
	];
	const tokens = terms.map((term) => termTokens(term, groups));
	const searched = [...new Set(tokens.flatMap((term) => term.searched))];
	return {
		terms,
		termTokens: tokens.map(({ tokens: run, openEnd }) => ({ tokens: run, openEnd })),
		pagefindQuery: searched.join(' '),
		prefixTokens: [...new Set(tokens.flatMap((term) => term.prefixes))],
	};
}

/**
 * @param terms the query's terms
 * @param groups the synonym groups
 * @returns the terms and every curated synonym of them, for highlighting and precision checks
 */
export function withSynonyms(terms: readonly string[], groups: SynonymGroups): string[] {
	return [...new Set(terms.flatMap((term) => [term, ...(findGroup(term, groups) ?? [])]))];
}

/**
 * @param terms the query's terms
 * @param groups the synonym groups
 * @returns each term that is in a synonym group, with the group's other members: what the search
 *   looked for besides what was typed
 */
export function synonymsUsed(terms: readonly string[], groups: SynonymGroups): { term: string; synonyms: string[] }[] {
	return terms.flatMap((term) => {
		const folded = foldText(term);
		const synonyms = (findGroup(term, groups) ?? []).filter((member) => foldText(member) !== folded);
		return synonyms.length > 0 ? [{ term, synonyms }] : [];
	});
}

/**
 * The tokens a record is indexed with, encoded: its text's, then, for every synonym group with
 * a member in the text, every member's tokens under the synonym prefix. A search for 家庭医生
 * (a group member) looks in those, so it also finds an item that only says 家医, with a single
 * Pagefind query whose filters and sorting stay Pagefind's. The browser uses the same tokens to
 * check results that Pagefind cannot decide exactly.
 * @param text the record's text
 * @param groups the synonym groups
 * @returns the encoded tokens
 */
export function recordTokens(text: string, groups: SynonymGroups): string[] {
	const folded = foldText(text);
	const expansions = preparedGroups(groups)
		.filter(({ members }) => members.some((member) => folded.includes(member)))
		.flatMap(({ tokens }) => tokens);
	return [...toIndexTokens(text).map(encodeToken), ...expansions];
}

/** Synonym groups with their folded members and expansion tokens, worked out once per groups. */
const preparedGroupsCache = new WeakMap<SynonymGroups, { members: string[]; tokens: string[] }[]>();

function preparedGroups(groups: SynonymGroups): { members: string[]; tokens: string[] }[] {
	let prepared = preparedGroupsCache.get(groups);
	if (!prepared) {
		prepared = groups.map((group) => ({
			members: group.map(foldText),
			tokens: group.flatMap((member) => toIndexTokens(member).map((token) => SYNONYM_PREFIX + encodeToken(token))),
		}));
		preparedGroupsCache.set(groups, prepared);
	}
	return prepared;
}
