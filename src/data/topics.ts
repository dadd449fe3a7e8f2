import { getCollection } from 'astro:content';
import type { PlanItem } from '../lib/outline.ts';
import { paginateGroups } from '../lib/paginate.ts';
import { classifyPlan, type ClassifiedItem, type TopicSource } from '../lib/topics/classify-plan.ts';
import { buildPresenceRows, type PresenceRow } from '../lib/topics/presence.ts';
import { compileTopicRules } from '../lib/topics/rules.ts';
import { createJiebaSegmenter } from '../lib/topics/segment.ts';
import { planById, plans, regions, years, type PreparedPlan } from './plans.ts';
import { synonymGroups } from './synonyms.ts';
import { withBase } from '../lib/site-path.ts';

/** A topic of content/topics.yaml with what the pages need about it. */
export interface PreparedTopic {
	/** ASCII id used in URLs, e.g. tcm. */
	id: string;
	/** Chinese name, e.g. 中医药. */
	name: string;
	/** One sentence on what the topic covers. */
	description: string;
	/** Id of the broader topic, or null for a top-level topic. */
	parent: string | null;
	/** Ids of its subtopics, in display order. */
	children: string[];
	/** Depth in the taxonomy: 1 for a top-level topic, 2 for a subtopic. */
	depth: number;
	/** The topic's page, /topics/<id>/. */
	url: string;
}

/** One plan's items on a topic, as a topic page lists them. */
export interface TopicPlanItems {
	plan: PreparedPlan;
	items: PlanItem[];
}

/** A topic's items of one year (null: year unknown), split into bounded pages. */
export interface TopicYear {
	/** The year, or null for plans of unknown year. */
	year: number | null;
	/** `2019` or `unknown`, as in the URL. */
	slug: string;
	/** Plans with items on the topic, by region then plan. */
	groups: TopicPlanItems[];
	/** The groups split into pages of at most TOPIC_PAGE_ITEMS items. */
	pages: TopicPlanItems[][];
	/** Plans of that year in the archive, with or without the topic. */
	plansOfYear: number;
	/** Items on the topic in that year. */
	items: number;
}

/** The most items a topic page lists; a year with more is split into numbered pages. */
export const TOPIC_PAGE_ITEMS = 200;
/** The most regions a presence matrix page lists; more regions make numbered pages. */
export const PRESENCE_PAGE_REGIONS = 100;

const topicEntries = (await getCollection('topics')).map((entry) => entry.data);
const rules = compileTopicRules(topicEntries, synonymGroups.map((terms) => ({ terms })));
// Built once: loading jieba's dictionaries costs far more than cutting every item of a plan.
const segmenter = createJiebaSegmenter(rules.dictionary);

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);
const roots = topicEntries.filter((topic) => topic.parent === null).sort(byOrder);
const childrenOf = (id: string) => topicEntries.filter((topic) => topic.parent?.id === id).sort(byOrder);

/** Every topic in display order: each top-level topic followed by its subtopics. */
export const topics: PreparedTopic[] = roots.flatMap((root) => [root, ...childrenOf(root.id)]).map((topic) => ({
	id: topic.id,
	name: topic.name,
	description: topic.description,
	parent: topic.parent?.id ?? null,
	children: childrenOf(topic.id).map((child) => child.id),
	depth: topic.parent ? 2 : 1,
	url: withBase(`/topics/${topic.id}/`),
}));

export const topicById = new Map(topics.map((topic) => [topic.id, topic]));

/** Each plan's classified items, by plan id, in document order. */
/** Each plan's items' topics and where they came from (the matched words are not kept: nothing shows them). */
const classifiedByPlan = new Map<string, Map<string, Pick<ClassifiedItem, 'topics' | 'source'>>>(
	plans.map((plan) => [plan.id, new Map(classifyPlan(plan.items, { rules, segmenter }, plan.data.topics).map(({ id, topics, source }) => [id, { topics, source }]))]),
);

/**
 * @param plan a plan
 * @param itemId one of its item ids
 * @returns the item's topic ids in taxonomy order (none when it fits no topic)
 */
export function topicsOfItem(plan: PreparedPlan, itemId: string): string[] {
	return classifiedByPlan.get(plan.id)?.get(itemId)?.topics ?? [];
}

/**
 * @param plan a plan
 * @param itemId one of its item ids
 * @returns which rule gave the item its topics (own words, parent, sub-items, override, none)
 */
export function topicSourceOfItem(plan: PreparedPlan, itemId: string): TopicSource {
	return classifiedByPlan.get(plan.id)?.get(itemId)?.source ?? 'none';
}

const regionOrder = new Map(regions.map((region, index) => [region.id, index]));
/** Topic pages list plans by region (the regions' order, unknown last), then by id. */
function compareByRegion(a: PreparedPlan, b: PreparedPlan): number {
	return (regionOrder.get(a.region?.id ?? '') ?? Infinity) - (regionOrder.get(b.region?.id ?? '') ?? Infinity) || a.id.localeCompare(b.id);
}

const yearColumns: (number | null)[] = [...years, ...(plans.some((plan) => plan.data.year === null) ? [null] : [])];
const plansPerYear = new Map<number | null, number>();
for (const plan of plans) plansPerYear.set(plan.data.year, (plansPerYear.get(plan.data.year) ?? 0) + 1);

/**
 * A topic's items, by topic id, then year. A broad topic's pages list the items given that topic
 * itself; its subtopics' items are on the subtopics' pages, which it links with their counts, so
 * no item is listed twice (at ten thousand plans that doubled the topic pages). A heading whose
 * topics only come from its sub-items is left out: the sub-items themselves are listed, and the
 * heading (二、主要任务) would otherwise stand under every topic of its section.
 */
const itemsByTopicAndYear = new Map<string, Map<number | null, TopicPlanItems[]>>(topics.map((topic) => [topic.id, new Map()]));
/** Topic id → plan id → the plan's first item on the topic. */
const firstItemOnTopic = new Map<string, Map<string, string>>(topics.map((topic) => [topic.id, new Map()]));
for (const plan of [...plans].sort(compareByRegion)) {
	const onTopic = new Map<string, PlanItem[]>();
	for (const item of plan.items) {
		const entry = classifiedByPlan.get(plan.id)?.get(item.id);
		if (!entry || entry.source === 'children') continue;
		for (const topic of entry.topics) {
			const list = onTopic.get(topic);
			if (list) list.push(item);
			else onTopic.set(topic, [item]);
		}
	}
	for (const [topic, items] of onTopic) {
		const byYear = itemsByTopicAndYear.get(topic);
		if (!byYear) continue;
		firstItemOnTopic.get(topic)?.set(plan.id, items[0].id);
		const groups = byYear.get(plan.data.year);
		if (groups) groups.push({ plan, items });
		else byYear.set(plan.data.year, [{ plan, items }]);
	}
}

/**
 * @param topicId a topic id
 * @returns the years with items on the topic, newest first and unknown last, each with its
 *   plans' items and its pages
 */
export function topicYears(topicId: string): TopicYear[] {
	const byYear = itemsByTopicAndYear.get(topicId) ?? new Map<number | null, TopicPlanItems[]>();
	return yearColumns.flatMap((year): TopicYear[] => {
		const groups = byYear.get(year) ?? [];
		if (groups.length === 0) return [];
		return [
			{
				year,
				slug: year === null ? 'unknown' : String(year),
				groups,
				pages: paginateGroups(groups, (group) => group.items.length, TOPIC_PAGE_ITEMS),
				plansOfYear: plansPerYear.get(year) ?? 0,
				items: groups.reduce((sum, group) => sum + group.items.length, 0),
			},
		];
	});
}

/** Years (null: unknown) that have plans, the columns of the topic tables, newest first. */
export const topicYearColumns: readonly (number | null)[] = yearColumns;

/**
 * @param topicId a topic id
 * @param year a year or null
 * @returns how many items of that year's plans are on the topic (with its subtopics)
 */
export function topicItemCount(topicId: string, year: number | null): number {
	const groups: TopicPlanItems[] = itemsByTopicAndYear.get(topicId)?.get(year) ?? [];
	return groups.reduce((sum, group) => sum + group.items.length, 0);
}

/**
 * @param topicId a topic id
 * @param planId a plan id
 * @returns the address of the plan's first item on the topic, or the plan's page when it has none
 */
export function firstTopicItemUrl(topicId: string, planId: string): string | undefined {
	const plan = planById.get(planId);
	const itemId = firstItemOnTopic.get(topicId)?.get(planId);
	return plan && itemId ? `${plan.url}#${itemId}` : plan?.url;
}

/** Regions that have plans of their own (unknown last when some plans have none), the rows of the presence matrix. */
const regionsWithOwnPlans = new Set(plans.map((plan) => plan.region?.id));
const presenceRegions: (string | null)[] = [
	...regions.filter((region) => regionsWithOwnPlans.has(region.id)).map((region) => region.id),
	...(plans.some((plan) => plan.region === null) ? [null] : []),
];

/**
 * Where a topic is present, absent or unknown, by region and year, in pages of at most
 * PRESENCE_PAGE_REGIONS regions.
 * @param topicId a topic id
 * @returns the matrix rows, paged
 */
export function topicPresencePages(topicId: string): PresenceRow[][] {
	const byYear = itemsByTopicAndYear.get(topicId) ?? new Map<number | null, TopicPlanItems[]>();
	const counts = new Map<string, number>();
	for (const groups of byYear.values()) for (const group of groups) counts.set(group.plan.id, group.items.length);
	const rows = buildPresenceRows(
		plans.map((plan) => ({ id: plan.id, region: plan.region?.id ?? null, year: plan.data.year, topicItems: counts.get(plan.id) ?? 0 })),
		presenceRegions,
		yearColumns,
	);
	return paginateGroups(rows, () => 1, PRESENCE_PAGE_REGIONS);
}
