import { Jieba } from '@node-rs/jieba';
import { dict as jiebaDefaultDict } from '@node-rs/jieba/dict.js';

/** Splits text into words. */
export interface Segmenter {
	/** Short name for reports, e.g. `jieba`. */
	name: string;
	/**
	 * @param text folded text (see foldText)
	 * @returns its words in order; joined they give back the text exactly (spaces and punctuation
	 *   are words of their own), so word boundaries can be located by adding up lengths
	 */
	segment(text: string): string[];
}

/**
 * Frequency given to a domain word that jieba's dictionary lacks or ranks lower. jieba picks the
 * most probable split, so the frequency decides whether 医共体 stays one word instead of 医/共/体;
 * a moderate value keeps domain words whole without letting a short word such as 家医 pull
 * 国家医疗 apart into 国/家医/疗.
 */
export const DOMAIN_WORD_FREQUENCY = 2000;

/** Characters jieba keeps together in one word; a dictionary word with others could never match. */
const JIEBA_WORD = /^[\p{Script=Han}a-z0-9+#&._%-]{2,}$/u;

/**
 * Lines of a jieba user dictionary (`word frequency`) for the domain words. A word already in the
 * default dictionary keeps its frequency when that is higher.
 * @param words folded domain words (rule words and synonym terms)
 * @param defaultDictionary the text of jieba's default dictionary
 * @param frequency the frequency of a new word
 * @returns the dictionary text
 */
export function buildDomainDictionary(words: readonly string[], defaultDictionary: string, frequency = DOMAIN_WORD_FREQUENCY): string {
	const wanted = new Map(words.filter((word) => JIEBA_WORD.test(word)).map((word) => [word, frequency]));
	// One pass over the default dictionary (“word freq tag” per line) finds the known frequencies.
	for (const line of defaultDictionary.split('\n')) {
		const space = line.indexOf(' ');
		const word = line.slice(0, space);
		const known = wanted.get(word);
		if (known !== undefined) wanted.set(word, Math.max(known, Number.parseInt(line.slice(space + 1), 10) || 0));
	}
	return [...wanted].map(([word, count]) => `${word} ${count}`).join('\n');
}

/**
 * A jieba segmenter (jieba-rs through N-API) with the default dictionary plus the domain words,
 * so that 医共体, 家庭医生 and 两癌 are words. Build it once: loading the dictionaries costs a few
 * hundred milliseconds, cutting an item then costs microseconds.
 * @param domainWords folded domain words, e.g. CompiledRules.dictionary
 * @param options `hmm` lets jieba join characters its dictionary does not know (default true)
 * @returns the segmenter
 */
export function createJiebaSegmenter(domainWords: readonly string[], options: { hmm?: boolean; frequency?: number } = {}): Segmenter {
	const jieba = Jieba.withDict(jiebaDefaultDict);
	const user = buildDomainDictionary(domainWords, new TextDecoder().decode(jiebaDefaultDict), options.frequency);
	if (user) jieba.loadDict(new TextEncoder().encode(user));
	const hmm = options.hmm ?? true;
	return { name: 'jieba', segment: (text) => (text ? jieba.cut(text, hmm) : []) };
}

/**
 * The platform's word segmenter (ICU's dictionary, as in browsers). It takes no domain words.
 * @returns the segmenter
 */
export function createIntlSegmenter(): Segmenter {
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return { name: 'Intl.Segmenter', segment: (text) => Array.from(segmenter.segment(text), (part) => part.segment) };
}
