import { foldText } from '../search/tokenize.ts';

/** Where a rule word counts for its topic. */
export type WordRole = 'keyword' | 'title';

/** One topic's use of a word. */
export interface WordRule {
	/** The topic id. */
	topic: string;
	/** keyword: counts in the title and the text; title: counts in the title only. */
	role: WordRole;
	/** The word as written in topics.yaml or synonyms.yaml, for showing why an item got a topic. */
	word: string;
}

/** The rule fields of a topic that classification reads (a subset of `Topic`). */
export interface TopicRuleSource {
	id: string;
	order?: number;
	keywords?: readonly string[];
	title_keywords?: readonly string[];
	exclude?: readonly string[];
	min_text_matches?: number;
}

/** A group of equivalent terms (a subset of `Synonym`). */
export interface SynonymSource {
	terms: readonly string[];
}

/** The words to look for in a text (see findWordHits). */
export interface WordLookup<Value = unknown> {
	/** Folded word → what it stands for. */
	words: ReadonlyMap<string, Value>;
	/** Every proper prefix of a word: a run of text that is none of these can stop growing. */
	prefixes: ReadonlySet<string>;
	/** Length of the longest word, which bounds how far a match is looked for. */
	maxWordLength: number;
}

/**
 * @param words folded words with their values
 * @returns the lookup with its prefix set
 */
export function createWordLookup<Value>(words: ReadonlyMap<string, Value>): WordLookup<Value> {
	const prefixes = new Set<string>();
	for (const word of words.keys()) for (let end = 1; end < word.length; end++) prefixes.add(word.slice(0, end));
	return { words, prefixes, maxWordLength: Math.max(0, ...[...words.keys()].map((word) => word.length)) };
}

/** The taxonomy turned into one lookup table, built once per build. */
export interface CompiledRules extends WordLookup<readonly WordRule[]> {
	/** Topic id → folded phrases inside which the topic's words do not count. */
	exclusions: ReadonlyMap<string, readonly string[]>;
	/** Topic id → matches its text needs when its title has none. */
	minTextMatches: ReadonlyMap<string, number>;
	/** Topic id → position in display order, to sort an item's topics. */
	rank: ReadonlyMap<string, number>;
	/** Every folded word of the rules and of the synonym groups, for the segmenter's dictionary. */
	dictionary: readonly string[];
}

/**
 * Builds the lookup table for classification. A keyword that belongs to a synonym group brings
 * the group's other terms along with the same role (家庭医生 → 家医), so topics.yaml and the search
 * synonyms cannot disagree. Words are folded (NFKC, lower case) as the item text will be.
 * @param topics the topics with their rule fields
 * @param synonyms the groups of content/synonyms.yaml (none for a content root without it)
 * @returns the compiled rules
 */
export function compileTopicRules(topics: readonly TopicRuleSource[], synonyms: readonly SynonymSource[] = []): CompiledRules {
	const groups = new Map<string, string[]>();
	for (const group of synonyms) {
		for (const term of group.terms) groups.set(foldText(term), group.terms.filter((other) => other !== term));
	}
	const words = new Map<string, WordRule[]>();
	const exclusions = new Map<string, string[]>();
	const add = (topic: string, role: WordRole, word: string) => {
		const folded = foldText(word.trim());
		if (!folded) return;
		const rules = words.get(folded) ?? [];
		if (!rules.some((rule) => rule.topic === topic && rule.role === role)) rules.push({ topic, role, word });
		words.set(folded, rules);
	};
	const minTextMatches = new Map<string, number>();
	// Stable sort: topics with the same order keep their file order.
	const ordered = topics.map((topic, index) => ({ topic, index })).sort((a, b) => (a.topic.order ?? 100) - (b.topic.order ?? 100) || a.index - b.index);
	const rank = new Map(ordered.map(({ topic }, index) => [topic.id, index]));
	for (const topic of topics) {
		minTextMatches.set(topic.id, topic.min_text_matches ?? 1);
		const withSynonyms = (list: readonly string[] = []) => list.flatMap((word) => [word, ...(groups.get(foldText(word)) ?? [])]);
		for (const word of withSynonyms(topic.keywords)) add(topic.id, 'keyword', word);
		for (const word of withSynonyms(topic.title_keywords)) add(topic.id, 'title', word);
		const phrases = (topic.exclude ?? []).map((phrase) => foldText(phrase.trim())).filter(Boolean);
		if (phrases.length) exclusions.set(topic.id, phrases);
	}
	// Exclusion phrases go into the dictionary too: 疫苗受害者 as one word keeps the segmenter from
	// offering 疫苗 alone.
	const dictionary = [...new Set([...words.keys(), ...[...exclusions.values()].flat(), ...synonyms.flatMap((group) => group.terms.map((term) => foldText(term)))])];
	return {
		...createWordLookup(words),
		exclusions,
		minTextMatches,
		rank,
		dictionary,
	};
}
