import { withoutOwnerNotes } from '../owner-notes.ts';
import { foldText } from '../search/tokenize.ts';
import { findWordHits, type WordHit } from './find-words.ts';
import type { CompiledRules } from './rules.ts';
import type { Segmenter } from './segment.ts';

/** Where in an item a word was found. */
export type MatchPlace = 'title' | 'text';

/** A rule word that put an item into a topic. */
export interface TopicMatch {
	topic: string;
	/** The word as written in topics.yaml (or synonyms.yaml). */
	word: string;
	where: MatchPlace;
}

/** The topics of one item, with the words that gave them. */
export interface ItemClassification {
	/** Topic ids in taxonomy order. */
	topics: string[];
	/** One entry per topic, word and place (repeats of a word are not listed twice). */
	matches: TopicMatch[];
}

/** What classification needs, built once per build. */
export interface ClassifyContext {
	rules: CompiledRules;
	segmenter: Segmenter;
}

/** The part of a plan item classification reads (PlanItem has it). */
export interface ClassifiableItem {
	title: string;
	text: string;
}

/**
 * @param text folded text
 * @param phrases folded exclusion phrases
 * @returns the spans where the phrases occur, as plain substrings: an exclusion is a veto and
 *   applies however the segmenter split the phrase (公共卫生/应急处置 still holds 公共卫生应急)
 */
function findPhrases(text: string, phrases: readonly string[]): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	for (const phrase of phrases) {
		for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) spans.push({ start: at, end: at + phrase.length });
	}
	return spans;
}

/**
 * The rule matches of one text: a topic's keywords (and, in the title, its title keywords), less
 * those inside one of the topic's exclusion phrases. One occurrence counts once per topic: 中医药
 * is not also a second match for the 中医 inside it.
 * @param text the title or the text of an item
 * @param where which of the two it is
 * @param context rules and segmenter
 * @returns topic → the words matched, one entry per occurrence
 */
function matchText(text: string, where: MatchPlace, context: ClassifyContext): Map<string, string[]> {
	const { rules, segmenter } = context;
	const folded = foldText(text);
	const hits = findWordHits(segmenter.segment(folded), rules);
	const byTopic = new Map<string, { hit: WordHit; word: string }[]>();
	for (const hit of hits) {
		for (const rule of rules.words.get(hit.word) ?? []) {
			if (rule.role === 'title' && where !== 'title') continue;
			let list = byTopic.get(rule.topic);
			if (!list) byTopic.set(rule.topic, (list = []));
			list.push({ hit, word: rule.word });
		}
	}
	const found = new Map<string, string[]>();
	for (const [topic, list] of byTopic) {
		const excluded = rules.exclusions.has(topic) ? findPhrases(folded, rules.exclusions.get(topic) ?? []) : [];
		// Longest first at each start, so that a hit inside the previous kept one is skipped.
		list.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
		let keptEnd = -1;
		const words: string[] = [];
		for (const { hit, word } of list) {
			if (hit.end <= keptEnd) continue;
			if (excluded.some((span) => span.start <= hit.start && hit.end <= span.end)) continue;
			keptEnd = hit.end;
			words.push(word);
		}
		if (words.length) found.set(topic, words);
	}
	return found;
}

/**
 * Classifies one item by its own words. A topic is given when its words occur in the title, or
 * occur in the text at least `min_text_matches` times (1 unless topics.yaml says otherwise). Words
 * match as words, not as character strings (see findWordHits). Owner notes are left out: they
 * name who does the work, not what it is about (an office named 基层卫生科 is no topic).
 * @param item the item's title and text
 * @param context rules and segmenter, built once
 * @returns its topics (possibly none) and the words that gave each
 */
export function classifyItem(item: ClassifiableItem, context: ClassifyContext): ItemClassification {
	const inTitle = matchText(withoutOwnerNotes(item.title), 'title', context);
	const inText = matchText(withoutOwnerNotes(item.text), 'text', context);
	const { minTextMatches, rank } = context.rules;
	const topics = [...new Set([...inTitle.keys(), ...inText.keys()])]
		.filter((topic) => inTitle.has(topic) || (inText.get(topic)?.length ?? 0) >= (minTextMatches.get(topic) ?? 1))
		.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
	const matches: TopicMatch[] = [];
	for (const topic of topics) {
		for (const [where, found] of [['title', inTitle], ['text', inText]] as const) {
			for (const word of new Set(found.get(topic))) matches.push({ topic, word, where });
		}
	}
	return { topics, matches };
}
