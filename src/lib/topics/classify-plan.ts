import type { TopicOverrides } from '../../schemas/topic-override.ts';
import { classifyItem, type ClassifiableItem, type ClassifyContext, type TopicMatch } from './classify-item.ts';
import { applyTopicOverride } from './overrides.ts';

/** Where an item's topics come from. */
export type TopicSource =
	/** Its own words. */
	| 'own'
	/** Its parent item: it had no topic of its own. */
	| 'parent'
	/** Its sub-items: a heading without topic words of its own. */
	| 'children'
	/** An editor's override in front matter. */
	| 'override'
	/** Nothing: the item fits no topic. */
	| 'none';

/** The part of a plan item plan classification reads (PlanItem has it). */
export interface PlanItemForTopics extends ClassifiableItem {
	id: string;
	parent: string | null;
}

/** One item's final topics. */
export interface ClassifiedItem {
	id: string;
	/** Topic ids in taxonomy order (an override's additions after the computed ones). */
	topics: string[];
	/** The item's own rule matches (empty when its topics were inherited). */
	matches: TopicMatch[];
	source: TopicSource;
}

/**
 * Classifies every item of one plan, in three passes:
 * 1. each item by its own words (classifyItem);
 * 2. in document order, an item with no topic of its own takes its parent's final topics: the
 *    numbered sub-items 1. 2. 3. under （三）推进家庭医生签约服务 carry on their parent's subject
 *    without repeating its words (“2.重点举措” has none at all); an editor's override is applied
 *    here, so sub-items inherit what the editor decided;
 * 3. in reverse order, a heading that still has none but has sub-items takes the union of its
 *    sub-items' topics: a section such as “十、抓实民生实事项目” is about what it contains.
 * An item that matches nothing and has neither parent nor sub-items with a topic keeps none.
 * @param items the plan's items in document order (PlanItem[] from extractOutline)
 * @param context rules and segmenter, built once per build
 * @param overrides the plan's `topics` front matter, if any
 * @returns one entry per item, in the same order
 */
export function classifyPlan(
	items: readonly PlanItemForTopics[],
	context: ClassifyContext,
	overrides: TopicOverrides = {},
): ClassifiedItem[] {
	const result: ClassifiedItem[] = [];
	const byId = new Map<string, ClassifiedItem>();
	for (const item of items) {
		const own = classifyItem(item, context);
		const parent = item.parent ? byId.get(item.parent) : undefined;
		let entry: ClassifiedItem =
			own.topics.length > 0 || !parent?.topics.length
				? { id: item.id, topics: own.topics, matches: own.matches, source: own.topics.length > 0 ? 'own' : 'none' }
				: { id: item.id, topics: [...parent.topics], matches: [], source: 'parent' };
		if (Object.hasOwn(overrides, item.id)) {
			entry = { ...entry, topics: applyTopicOverride(entry.topics, overrides[item.id]), source: 'override' };
		}
		result.push(entry);
		byId.set(item.id, entry);
	}
	const rank = context.rules.rank;
	for (let index = items.length - 1; index >= 0; index--) {
		const parentId = items[index].parent;
		const parent = parentId ? byId.get(parentId) : undefined;
		const child = result[index];
		if (!parent || parent.source !== 'none' || child.topics.length === 0) continue;
		// A parent without topics collects its children's: its list grows while its children are visited.
		parent.topics = [...new Set([...parent.topics, ...child.topics])].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
	}
	for (const entry of result) if (entry.source === 'none' && entry.topics.length > 0) entry.source = 'children';
	return result;
}
