import type { PreparedPlan } from './plans.ts';
import { plans } from './plans.ts';

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
	/** 本站文件页的地址（站内路径），如 /plans/qinhuangdao/2019-priorities/。 */
	url: string;
	/** 文件的条目数（个）。 */
	items: number;
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
	/** 所属主题的编号，CSV 中以“;”分隔；条目尚未按主题分类，目前都是空列表。 */
	topics: string[];
	/** 本站条目地址：文件页地址加 #锚点，如 /plans/qinhuangdao/2019-priorities/#s2-3。 */
	url: string;
	[key: string]: string | number | null | string[];
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
		// Topic classification arrives with the topics feature; until then no item claims a topic.
		topics: [],
		url: `${plan.url}#${item.id}`,
	}));
}

export const planRecords: PlanRecord[] = plans.map(toPlanRecord);
export const itemRecords: ItemRecord[] = plans.flatMap(toItemRecords);

/** Column order of plans.csv. */
export const PLAN_COLUMNS = [
	'id', 'title', 'region', 'region_name', 'region_code', 'year', 'kind', 'agency', 'published',
	'index_no', 'doc_no', 'disclosure', 'subject_class', 'source', 'source_title', 'flags', 'lead', 'url', 'items',
] as const satisfies readonly (keyof PlanRecord)[];

/** Column order of items.csv. */
export const ITEM_COLUMNS = [
	'plan', 'id', 'number', 'level', 'parent', 'title', 'text', 'owners', 'topics', 'url',
] as const satisfies readonly (keyof ItemRecord)[];
