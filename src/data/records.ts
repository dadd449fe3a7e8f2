import type { PreparedPlan } from './plans.ts';
import { plans } from './plans.ts';

/** One plan as published in dist/data/plans.json and plans.csv. */
export interface PlanRecord {
	id: string;
	title: string;
	region: string | null;
	region_name: string | null;
	region_code: string | null;
	year: number | null;
	kind: string;
	agency: string | null;
	published: string | null;
	index_no: string | null;
	doc_no: string | null;
	disclosure: string | null;
	subject_class: string | null;
	source: string | null;
	source_title: string | null;
	flags: string[];
	/** The plan's opening text before its first item. */
	lead: string;
	url: string;
	items: number;
	[key: string]: string | number | null | string[];
}

/** One item as published in dist/data/items.json and items.csv. */
export interface ItemRecord {
	plan: string;
	id: string;
	number: string | null;
	level: number;
	parent: string | null;
	title: string;
	text: string;
	owners: string[];
	topics: string[];
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
