import type { Provenance } from '../lib/provenance.ts';
import type { PreparedPlan } from './plans.ts';
import { closeWithSummary, comparisonCounts, comparisonPairs, type ComparisonPair } from './comparisons.ts';
import { allIndicators, type PlanIndicator } from './indicators.ts';
import { plans } from './plans.ts';
import { topicItemCount, topics, topicSourceOfItem, topicsOfItem, topicYearColumns } from './topics.ts';

/**
 * One plan as published in dist/data/plans.json and plans.csv. The comment on each field is what
 * the open data page (/data/) shows for it, so it is written for the public. A value the source
 * does not state is null (an empty cell in CSV), shown on the site as 不详.
 */
export interface PlanRecord {
	/** 文件编号，即本站网址中 /plans/ 之后的部分，如 qinhuangdao/2019-priorities。 */
	id: string;
	/** 文件标题，照录原文。 */
	title: string;
	/** 地区编号，如 qinhuangdao；原文未写明地区时为 null。 */
	region: string | null;
	/** 地区名称，如“秦皇岛市”；地区不详时为 null。 */
	region_name: string | null;
	/** 地区的六位行政区划代码（GB/T 2260），如 130300；不详时为 null。 */
	region_code: string | null;
	/** 文件所属年份，四位数字；原文未写明时为 null。 */
	year: number | null;
	/** 文件类型：要点、计划、总结、总结与计划、规划或其他。 */
	kind: string;
	/** 发布机构，照录原文；不详时为 null。 */
	agency: string | null;
	/** 发布日期，格式 YYYY-MM-DD；不详时为 null。 */
	published: string | null;
	/** 政府信息公开索引号，照录原文；不详时为 null。 */
	index_no: string | null;
	/** 文号（发文字号），照录原文；不详时为 null。 */
	doc_no: string | null;
	/** 公开方式，如“主动公开”；不详时为 null。 */
	disclosure: string | null;
	/** 主题分类，照录原文；不详时为 null。 */
	subject_class: string | null;
	/** 原文出处：原文网址；没有网址时为导入所用的原始文本文件名；两者都没有时为 null。 */
	source: string | null;
	/** 原文发布时的标题（如印发通知的标题）；不详时为 null。 */
	source_title: string | null;
	/** 质量标记代码的列表（含义见文件页的“质量提示”），CSV 中以“;”分隔；没有时为空列表。 */
	flags: string[];
	/** 文件开头、第一个条目之前的文字（如总体要求）；没有时为空字符串。 */
	lead: string;
	/** 本站文件页的地址（从域名根起的路径，网站部署在子路径下时以该路径开头），如 /plans/qinhuangdao/2019-priorities/。 */
	url: string;
	/** 文件的条目数（个）。 */
	items: number;
	/** 文本来源：official 发布机关在政府网站上公开的原文，reprint 转载或出处未注明的正式文本，unofficial 范文网站的汇编或范文（不是任何机关公开的文件）。 */
	provenance: Provenance;
	/** 标题与其他文件相同或残缺（如缺年份）时，用来区分的副标题（汇编中的篇次、第一个条目的标题或开头文字）；不需要时为 null。 */
	subtitle: string | null;
	/** Markdown 源文件在本站仓库中的路径，如 content/plans/qinhuangdao/2019-priorities.md；同一文件可从 /data/plans/<文件编号>.md 下载（MDX 文件为 .mdx）。 */
	source_file: string;
	[key: string]: string | number | null | string[];
}

/**
 * One item as published in dist/data/items.json and items.csv; like {@link PlanRecord}, each
 * field's comment is what the open data page shows.
 */
export interface ItemRecord {
	/** 所属文件的编号（即文件记录的 id）。 */
	plan: string;
	/** 条目锚点，由编号路径生成（“二、”下的“（三）”为 s2-3），修改措辞不会改变；没有编号的标题依次为 h1、h2……；同一文件内唯一。 */
	id: string;
	/** 原文编号，照录，如“（三）”；没有编号的标题为 null。 */
	number: string | null;
	/** 层级，1 为最高一级（如“一、”），最多 5 级。 */
	level: number;
	/** 上级条目的锚点；最高一级的条目为 null。 */
	parent: string | null;
	/** 条目标题（编号之后的文字），照录原文。 */
	title: string;
	/** 条目标题下的正文，不含下级条目；没有时为空字符串。 */
	text: string;
	/** 原文注明的责任科室、牵头单位等，CSV 中以“;”分隔；没有时为空列表。 */
	owners: string[];
	/** 所属主题的编号（见 topics.json），按主题表的顺序，CSV 中以“;”分隔；不属于任何主题时为空列表。 */
	topics: string[];
	/** 主题从何而来：own 条目自己的词语，parent 沿用上级条目，children 汇总下级条目，override 编辑改正，none 没有主题。 */
	topic_source: string;
	/** 本站条目地址：文件页地址加 #锚点，如 /plans/qinhuangdao/2019-priorities/#s2-3。 */
	url: string;
	[key: string]: string | number | null | string[];
}

/**
 * One quantitative target (or value reported as achieved) as published in
 * dist/data/indicators.json and indicators.csv; like {@link PlanRecord}, each field's comment is
 * what the open data page shows.
 */
export interface IndicatorRecord {
	/** 所属文件的编号（即文件记录的 id）。 */
	plan: string;
	/** 所在条目的锚点（即条目记录的 id）。 */
	item: string;
	/** 指标族的编号（见 content/indicators.yaml），不同文件、不同年份的同一指标共用；不属于任何指标族时为 null。 */
	metric: string | null;
	/** 指标名称，照录原文，如“孕产妇死亡率”。 */
	subject: string;
	/** 比较方式：>= 不低于，> 超过，<= 不高于，< 低于，= 达到，~ 左右，range 区间（value 至 value_max）。 */
	op: string;
	/** 数值（不含单位）；区间时为下限。 */
	value: number;
	/** 区间的上限；不是区间时为 null。 */
	value_max: number | null;
	/** 单位，如 %、‰、/10万、岁、人；原文数字没有单位时为 null。 */
	unit: string | null;
	/** target 为目标，achieved 为原文报告已达到的数值（多见于总结）。 */
	kind: string;
	/** 原文是确定的目标为 true；只是力争、争取的为 false。 */
	firm: boolean;
	/** 文件所属年份；不详时为 null。 */
	year: number | null;
	/** 所属文件的地区编号；不详时为 null。 */
	region: string | null;
	/** 原文中说出这个指标的那一段文字，照录。 */
	text: string;
	/** 本站条目地址（含 #锚点）。 */
	url: string;
	[key: string]: string | number | boolean | null;
}

/** One topic of the taxonomy as published in dist/data/topics.json and topics.csv. */
export interface TopicRecord {
	/** 主题编号，用于网址，如 tcm。 */
	id: string;
	/** 主题名称。 */
	name: string;
	/** 上级主题的编号；顶级主题为 null。 */
	parent: string | null;
	/** 一句话说明这个主题包括什么。 */
	description: string;
	/** 归入这个主题的条目数（条）；归入下级主题的条目计在下级主题。 */
	items: number;
	/** 本站主题页的地址（从域名根起的路径，网站部署在子路径下时以该路径开头）。 */
	url: string;
	[key: string]: string | number | null;
}

/** One compare page as listed in dist/data/comparisons.json and comparisons.csv. */
export interface ComparisonRecord {
	/** 前一份文件的编号（same-region 为较早的一年，plan-summary 为工作要点或计划）。 */
	a: string;
	/** 后一份文件的编号（same-region 为较晚的一年，plan-summary 为同年的工作总结）。 */
	b: string;
	/** 比较的种类：same-region 为同一地区相邻两年的文件，plan-summary 为同一地区同一年的计划与总结。 */
	kind: string;
	/** 本站比较页的地址（从域名根起的路径，网站部署在子路径下时以该路径开头）。 */
	url: string;
	/** same-region：措辞不变（可能重新编号）的条目数；plan-summary 为 null。 */
	kept: number | null;
	/** same-region：对应但措辞有改动的条目数；plan-summary 为 null。 */
	changed: number | null;
	/** same-region：只在后一份文件中的条目数；plan-summary 为 null。 */
	added: number | null;
	/** same-region：只在前一份文件中的条目数；plan-summary 为 null。 */
	dropped: number | null;
	/** same-region：对应上、但编号变了的条目数（保留和修改中都可能有）；plan-summary 为 null。 */
	renumbered: number | null;
	/** plan-summary：总结中有对应段落的计划条目数（含只有下级条目有对应的）；same-region 为 null。 */
	reported: number | null;
	/** plan-summary：总结中找不到对应段落的计划条目数；same-region 为 null。 */
	unreported: number | null;
	[key: string]: string | number | null;
}

function toPlanRecord(plan: PreparedPlan): PlanRecord {
	const { data } = plan;
	return {
		id: plan.id,
		title: data.title,
		region: plan.region?.id ?? null,
		region_name: plan.region?.name ?? null,
		region_code: plan.region?.code ?? null,
		year: data.year,
		kind: data.kind,
		agency: data.agency,
		published: data.published,
		index_no: data.index_no,
		doc_no: data.doc_no,
		disclosure: data.disclosure,
		subject_class: data.subject_class,
		source: data.source.url ?? data.source.file,
		source_title: data.source.title,
		flags: data.flags.map((flag) => flag.code),
		lead: plan.lead,
		url: plan.url,
		items: plan.items.length,
		provenance: data.provenance,
		subtitle: plan.subtitle,
		source_file: plan.filePath,
	};
}

function toItemRecords(plan: PreparedPlan): ItemRecord[] {
	return plan.items.map((item) => ({
		plan: plan.id,
		id: item.id,
		number: item.number,
		level: item.level,
		parent: item.parent,
		title: item.title,
		text: item.text,
		owners: item.owners,
		topics: topicsOfItem(plan, item.id),
		topic_source: topicSourceOfItem(plan, item.id),
		url: `${plan.url}#${item.id}`,
	}));
}

export const planRecords: PlanRecord[] = plans.map(toPlanRecord);

/*
 * Items, targets and comparisons are many (hundreds of thousands at ten thousand plans): their
 * records are made as the data files are written, one plan at a time, rather than held for the
 * whole build, and a comparison's counts are those its page found when it aligned the pair.
 */

/** @yields every item record, plans newest first, items in document order */
export function* itemRecords(): Generator<ItemRecord> {
	for (const plan of plans) yield* toItemRecords(plan);
}

/** How many item records there are. */
export const itemRecordCount: number = plans.reduce((sum, plan) => sum + plan.items.length, 0);

/** @yields every target record, as allIndicators orders them */
export function* indicatorRecords(): Generator<IndicatorRecord> {
	for (const indicator of allIndicators) yield toIndicatorRecord(indicator);
}

/** How many target records there are. */
export const indicatorRecordCount: number = allIndicators.length;

function toIndicatorRecord({ plan, item, target }: PlanIndicator): IndicatorRecord {
	return {
	plan: plan.id,
	item: item.id,
	metric: target.metric,
	subject: target.subject,
	op: target.op,
	value: target.value,
	value_max: target.valueMax,
	unit: target.unit,
	kind: target.kind,
	firm: target.firm,
	year: plan.data.year,
	region: plan.region?.id ?? null,
	text: target.text,
	url: `${plan.url}#${item.id}`,
	};
}

/** @returns every compare page's record; called after the compare pages, whose counts it reuses */
export function comparisonRecords(): ComparisonRecord[] {
	return comparisonPairs.map(toComparisonRecord);
}

function toComparisonRecord(pair: ComparisonPair): ComparisonRecord {
	const base = { a: pair.a.id, b: pair.b.id, kind: pair.kind, url: pair.url };
	if (pair.kind === 'plan-summary') {
		const { counts } = closeWithSummary(pair);
		return { ...base, kept: null, changed: null, added: null, dropped: null, renumbered: null, reported: counts.direct + counts.subItems, unreported: counts.none };
	}
	return { ...base, ...comparisonCounts(pair), reported: null, unreported: null };
}

export const topicRecords: TopicRecord[] = topics.map((topic) => ({
	id: topic.id,
	name: topic.name,
	parent: topic.parent,
	description: topic.description,
	items: topicYearColumns.reduce<number>((sum, year) => sum + topicItemCount(topic.id, year), 0),
	url: topic.url,
}));

/** Column order of plans.csv. */
export const PLAN_COLUMNS = [
	'id', 'title', 'region', 'region_name', 'region_code', 'year', 'kind', 'agency', 'published',
	'index_no', 'doc_no', 'disclosure', 'subject_class', 'source', 'source_title', 'flags', 'lead', 'url', 'items',
	'provenance', 'subtitle', 'source_file',
] as const satisfies readonly (keyof PlanRecord)[];

/** Column order of items.csv. */
export const ITEM_COLUMNS = [
	'plan', 'id', 'number', 'level', 'parent', 'title', 'text', 'owners', 'topics', 'topic_source', 'url',
] as const satisfies readonly (keyof ItemRecord)[];

/** Column order of indicators.csv. */
export const INDICATOR_COLUMNS = [
	'plan', 'item', 'metric', 'subject', 'op', 'value', 'value_max', 'unit', 'kind', 'firm', 'year', 'region', 'text', 'url',
] as const satisfies readonly (keyof IndicatorRecord)[];

/** Column order of comparisons.csv. */
export const COMPARISON_COLUMNS = ['a', 'b', 'kind', 'url', 'kept', 'changed', 'added', 'dropped', 'renumbered', 'reported', 'unreported'] as const satisfies readonly (keyof ComparisonRecord)[];

/** Column order of topics.csv. */
export const TOPIC_COLUMNS = ['id', 'name', 'parent', 'description', 'items', 'url'] as const satisfies readonly (keyof TopicRecord)[];
