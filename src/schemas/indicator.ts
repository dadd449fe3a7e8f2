import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/**
 * A wording that names an indicator family. `*` stands for any run of characters, so
 * 严重精神障碍*管理率 matches 严重精神障碍患者规范管理率 as well as 严重精神障碍患者管理率.
 */
const PatternSchema = z
	.string()
	.trim()
	.min(1, { error: 'patterns 里不能有空字符串：请写出指标的说法，例如 孕产妇死亡率' })
	.refine((pattern) => !/^\*|\*$/.test(pattern), {
		error: 'patterns 的说法不能以 * 开头或结尾：* 只用在两段文字之间，例如 严重精神障碍*管理率',
	})
	.refine((pattern) => !/\s/.test(pattern), { error: 'patterns 的说法不能含空格：匹配时会先去掉正文里的空格' });

/** One indicator family of content/indicators.yaml: the same metric across plans and years. */
export const IndicatorFamilySchema = z.strictObject({
	/** ASCII id shared by every plan's target of this metric, used in URLs and indicators.json, e.g. infant-mortality. */
	id: IdSchema,
	/** Chinese name shown to visitors, e.g. 婴儿死亡率. */
	name: z.string().trim().min(1, { error: 'name 不能为空：请填写指标的中文名称，例如 婴儿死亡率' }),
	/** The unit the metric is usually stated in (%, ‰, /10万, 岁 …), or null when it varies; only values whose unit measures the same thing join the family. Default null. */
	unit: z.string().trim().min(1).nullable().default(null),
	/** Wordings that name the metric in a target's subject; the longest match wins across families. At least one. */
	patterns: z.array(PatternSchema).min(1, { error: 'patterns 至少要有一个说法：写出正文里指称这个指标的词语' }),
	/** Wordings that rule the family out even when a pattern matches (心理 for 健康素养). Default none. */
	exclude: z.array(PatternSchema).default([]),
	/** Whether a higher or a lower value is better, for comparison views; null when neither. Default null. */
	better: z.enum(['higher', 'lower'], { error: 'better 只能是 higher（越高越好）、lower（越低越好）或 null' }).nullable().default(null),
	/** Id of the topic in content/topics.yaml the metric belongs to, or null. Default null. */
	topic: IdSchema.nullable().default(null),
	/** One sentence saying what the metric measures, for the next editor and the indicator page. Default empty. */
	description: z.string().default(''),
});

export type IndicatorFamily = z.infer<typeof IndicatorFamilySchema>;

/** The whole of content/indicators.yaml: a list of families with distinct ids. */
export const IndicatorFamiliesSchema = z.array(IndicatorFamilySchema).superRefine((families, context) => {
	const seen = new Set<string>();
	families.forEach((family, index) => {
		if (seen.has(family.id)) {
			context.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: `id “${family.id}”重复：每个指标的 id 必须唯一，请改名或合并两条`,
			});
		}
		seen.add(family.id);
	});
});
