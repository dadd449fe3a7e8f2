import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/** One topic of content/topics.yaml. */
export const TopicSchema = z.object({
	/** ASCII id used in URLs, e.g. tcm. */
	id: IdSchema,
	/** Chinese name shown to visitors, e.g. 中医药. */
	name: z.string().trim().min(1, { error: 'name 不能为空：请填写主题的中文名称' }),
	/** Id of the broader topic, or null. Default null. */
	parent: IdSchema.nullable().default(null),
	/** One sentence describing what the topic covers. Default empty. */
	description: z.string().default(''),
	/** Words and phrases that put an item into this topic. Default none. */
	keywords: z.array(z.string().min(1)).default([]),
	/** Display order, lower first. Default 100. */
	order: z.number().int().default(100),
});

export type Topic = z.infer<typeof TopicSchema>;
