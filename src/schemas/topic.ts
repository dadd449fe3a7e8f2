import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/**
 * One word of a matching rule. Words are matched whole against the segmenter's words, so a word
 * is one unbroken term: spaces would never match.
 * @param field the field name, for the editor's message
 * @returns the schema of one word
 */
const ruleWord = (field: string) =>
	z
		.string()
		.trim()
		.min(1, { error: `${field} 里有空词语：删除这一项或填写词语` })
		.regex(/^\S+$/u, { error: `${field} 的词语不能含空格：把词语拆成几项分别写，例如 [家庭医生, 签约服务]` });

/** One topic of content/topics.yaml, with the rules that put a plan item into it. */
export const TopicSchema = z.strictObject({
	/** ASCII id used in URLs, e.g. tcm. */
	id: IdSchema,
	/** Chinese name shown to visitors, e.g. 中医药. */
	name: z.string().trim().min(1, { error: 'name 不能为空：请填写主题的中文名称' }),
	/** Id of the broader topic, or null for a top-level topic. Default null. */
	parent: IdSchema.nullable().default(null),
	/** One sentence describing what the topic covers. Default empty. */
	description: z.string().default(''),
	/** Words that put an item into this topic when found, as whole words, in its title or text. Default none. */
	keywords: z.array(ruleWord('keywords')).default([]),
	/** Words that count only in an item's title: too common in body text to mean the item is about the topic. Default none. */
	title_keywords: z.array(ruleWord('title_keywords')).default([]),
	/** Phrases that contain one of this topic's words but mean something else (疫苗受害者); a word inside them does not count. Default none. */
	exclude: z.array(ruleWord('exclude')).default([]),
	/** How many word matches the text needs when the title has none; 2 for topics that items often mention in passing. Default 1. */
	min_text_matches: z
		.number({ error: 'min_text_matches 必须是数字：写 1 或 2' })
		.int({ error: 'min_text_matches 必须是整数：写 1 或 2' })
		.min(1, { error: 'min_text_matches 至少为 1：写 1 或 2' })
		.default(1),
	/** Display order, lower first. Default 100. */
	order: z.number().int().default(100),
});

export type Topic = z.infer<typeof TopicSchema>;
