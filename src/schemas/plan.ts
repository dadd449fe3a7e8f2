import { z } from 'astro/zod';
import { PLAN_KIND_NAMES } from '../lib/kinds.ts';
import { PROVENANCE_IDS } from '../lib/provenance.ts';
import { QUALITY_FLAG_CODES } from '../lib/quality-flags.ts';
import { IdSchema, IsoDateSchema } from './common.ts';
import { TopicOverridesSchema } from './topic-override.ts';

/** Text metadata that may be unknown: a missing value is `null` and shown as 不详. */
const OptionalText = z.string().trim().min(1).nullable().default(null);

/** Where the text of a plan came from. */
export const SourceSchema = z.strictObject({
	/** File name of the raw text the plan was imported from (kept as provenance). Default null. */
	file: z.string().min(1).nullable().default(null),
	/** Address of the published page or PDF, if known. Default null. */
	url: z.url({ error: 'source.url 不是完整网址：请写以 http:// 或 https:// 开头的网址，不知道就写 null' }).nullable().default(null),
	/** Title of the published page as it appeared at the source (e.g. the notice title). Default null. */
	title: z.string().min(1).nullable().default(null),
	/** For a part of a compilation: its 1-based position in the source. Default null. */
	part: z.number().int().positive().nullable().default(null),
	/** For a part of a compilation: how many parts the source has. Default null. */
	parts: z.number().int().positive().nullable().default(null),
});

/** One quality flag: a known code and a note saying what exactly is wrong in this document. */
export const QualityFlagSchema = z.strictObject({
	/** One of the codes in src/lib/quality-flags.ts. */
	code: z.enum(QUALITY_FLAG_CODES, {
		error: `未知的质量标记：请使用 ${QUALITY_FLAG_CODES.join('、')} 之一`,
	}),
	/** What is wrong in this document, in Chinese. */
	note: z.string().trim().min(1, { error: '质量标记的 note 不能为空：请说明具体问题' }),
});

/** Front matter of a plan file (content/plans/<region>/<year>-<kind>.md). */
export const PlanSchema = z.strictObject({
	/** The plan's own title as published, e.g. 2019年全市卫生健康工作要点. */
	title: z.string().trim().min(1, { error: 'title 不能为空：请填写文件标题' }),
	/** Region id from content/regions.yaml, or null when the source does not say. */
	region: IdSchema.nullable(),
	/** The issuing agency as the source names it (发布机构). Default null. */
	agency: OptionalText,
	/** The year the plan is for, or null when unknown. */
	year: z
		.number({ error: 'year 必须是数字年份：写成 2019 这样的四位数字，不知道就写 null' })
		.int()
		.min(1949, { error: 'year 不能早于 1949：请核对年份' })
		.max(2100, { error: 'year 不能晚于 2100：请核对年份' })
		.nullable(),
	/** Kind of document: 要点, 计划, 总结, 总结与计划 … */
	kind: z.enum(PLAN_KIND_NAMES, { error: `kind 不是已知的文件类型：请写 ${PLAN_KIND_NAMES.join('、')} 之一` }),
	/** Publication date (发布日期) as YYYY-MM-DD, or null when unknown. Default null. */
	published: IsoDateSchema.nullable().default(null),
	/** Index number in the government disclosure catalogue (索引号). Default null. */
	index_no: OptionalText,
	/** Document number (文号), e.g. 秦卫字〔2019〕12号. Default null. */
	doc_no: OptionalText,
	/** Disclosure mode (公开方式), e.g. 主动公开. Default null. */
	disclosure: OptionalText,
	/** Subject classification (主题分类), e.g. 卫生、体育. Default null. */
	subject_class: OptionalText,
	/**
	 * Where the text comes from (src/lib/provenance.ts): `official`, published by the agency on a
	 * government site; `reprint`, an official text taken from another site or of unknown origin;
	 * `unofficial`, a model essay or template compilation. Unofficial texts are labelled and kept
	 * out of the official counts and lists. The importer sets it from what the text shows.
	 */
	provenance: z.enum(PROVENANCE_IDS, {
		error: 'provenance 不是已知的来源：请写 official（政府网站发布的原文）、reprint（转载或出处不明的正式文本）或 unofficial（范文、汇编等非官方文本）',
	}),
	/** Where the text was taken from. */
	source: SourceSchema.default({ file: null, url: null, title: null, part: null, parts: null }),
	/** Date the text was imported, YYYY-MM-DD. Default null. */
	imported: IsoDateSchema.nullable().default(null),
	/** The notice that published the plan (关于印发…的通知, addressees, signature), kept verbatim. Default null. */
	notice: z.string().nullable().default(null),
	/** Known quality problems of the source. Default none. */
	flags: z.array(QualityFlagSchema).default([]),
	/** Drafts are built in development only. Default false. */
	draft: z.boolean().default(false),
	/**
	 * Editors' corrections of the topics the build gives items, by item anchor: plain topic ids
	 * replace the computed topics, `+id` adds one, `-id` removes one, e.g.
	 * `{ s2-3: [family-doctor], s4-1: [+tcm] }`. Default none.
	 */
	topics: TopicOverridesSchema,
});

export type PlanData = z.infer<typeof PlanSchema>;
