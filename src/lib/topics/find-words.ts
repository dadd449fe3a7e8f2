import type { WordLookup } from './rules.ts';

/** A word of three or more Han characters: sub-words are looked for inside these (never inside Latin words: ai is not in paid). */
const HAN_WORD = /^\p{Script=Han}{3,}$/u;

/** One occurrence of a rule word in a segmented text. */
export interface WordHit {
	/** The folded word as it is a key of the lookup. */
	word: string;
	/** Offset of its first character in the text (UTF-16 units). */
	start: number;
	/** Offset just after its last character. */
	end: number;
}

/**
 * Finds the lookup's words in a segmented text, at word level. A word counts where it is made of
 * whole segmenter words (医共体 as 医共体, or as 医/共/体) or lies inside one segmenter word of Han
 * characters (中医 in 中医医院, as jieba's search mode finds sub-words). It never counts where it
 * would start or end in the middle of a segmenter word and run across a boundary: 集中/医疗 holds
 * the characters 中医 but not the word. Cost is linear in the text: a run stops growing as soon as
 * it is no word's prefix, and never grows past the longest word; no pattern is compiled per text.
 * @param tokens the text's words in order (see Segmenter.segment)
 * @param lookup the words to find (folded) with their prefixes, e.g. CompiledRules
 * @returns the hits in text order (by start, then end)
 */
export function findWordHits(tokens: readonly string[], lookup: WordLookup): WordHit[] {
	const { words, prefixes, maxWordLength } = lookup;
	const hits: WordHit[] = [];
	let offset = 0;
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		// Sub-words strictly inside this token (the whole token is tried below).
		if (token.length > 2 && HAN_WORD.test(token)) {
			for (let from = 0; from < token.length - 1; from++) {
				const limit = Math.min(token.length, from + maxWordLength);
				for (let to = from + 1; to <= limit; to++) {
					const part = token.slice(from, to);
					if (to - from >= 2 && !(from === 0 && to === token.length) && words.has(part)) {
						hits.push({ word: part, start: offset + from, end: offset + to });
					}
					if (!prefixes.has(part)) break;
				}
			}
		}
		// Runs of whole tokens starting here.
		let run = '';
		for (let next = index; next < tokens.length && run.length + tokens[next].length <= maxWordLength; next++) {
			run += tokens[next];
			if (words.has(run)) hits.push({ word: run, start: offset, end: offset + run.length });
			if (!prefixes.has(run)) break;
		}
		offset += token.length;
	}
	return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}
