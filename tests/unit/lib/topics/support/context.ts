import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { ClassifyContext } from '../../../../../src/lib/topics/classify-item.ts';
import { compileTopicRules } from '../../../../../src/lib/topics/rules.ts';
import { createJiebaSegmenter, type Segmenter } from '../../../../../src/lib/topics/segment.ts';
import { TopicSchema } from '../../../../../src/schemas/topic.ts';

/** The unit tests' taxonomy, tests/fixtures/topics/small-taxonomy.yaml, through the schema. */
export const smallTaxonomy = TopicSchema.array().parse(
	load(readFileSync(new URL('../../../../fixtures/topics/small-taxonomy.yaml', import.meta.url), 'utf8')),
);

/** 家庭医生 and 家医 mean the same (as in content/synonyms.yaml). */
export const smallSynonyms = [{ terms: ['家庭医生', '家医'] }];

export const smallRules = compileTopicRules(smallTaxonomy, smallSynonyms);

/** jieba with the small taxonomy's words: built once per test file that imports this module. */
export const jiebaContext: ClassifyContext = { rules: smallRules, segmenter: createJiebaSegmenter(smallRules.dictionary) };

/** Every character a word: matching by word degenerates into matching by substring. */
export const characters: Segmenter = { name: 'characters', segment: (text) => [...text] };

/** The same rules matched as substrings, to show what word matching avoids. */
export const substringContext: ClassifyContext = { rules: smallRules, segmenter: characters };
