import { closestWords } from '../edit-distance.ts';
import type { TopicOverrides } from '../../schemas/topic-override.ts';

/** One override list, read. */
export interface TopicOverrideOps {
	/** The topics that replace the computed ones, or null when the list only adds and removes. */
	replace: string[] | null;
	add: string[];
	remove: string[];
}

/**
 * Reads one override list (validated by TopicOverrideListSchema): plain ids replace, `+id` adds,
 * `-id` removes. An empty list replaces with nothing: the item has no topic.
 * @param entries the list as written in front matter
 * @returns the operations
 */
export function parseTopicOverride(entries: readonly string[]): TopicOverrideOps {
	const add = entries.filter((entry) => entry.startsWith('+')).map((entry) => entry.slice(1));
	const remove = entries.filter((entry) => entry.startsWith('-')).map((entry) => entry.slice(1));
	const plain = entries.filter((entry) => !entry.startsWith('+') && !entry.startsWith('-'));
	return { replace: add.length + remove.length === 0 ? plain : null, add, remove };
}

/**
 * Applies one item's override to its computed topics.
 * @param computed the topics the rules gave
 * @param entries the item's override list, or undefined when it has none
 * @returns the item's topics (computed order first, added ones after, without repeats)
 */
export function applyTopicOverride(computed: readonly string[], entries: readonly string[] | undefined): string[] {
	if (!entries) return [...computed];
	const { replace, add, remove } = parseTopicOverride(entries);
	if (replace) return [...new Set(replace)];
	const removed = new Set(remove);
	return [...new Set([...computed, ...add])].filter((topic) => !removed.has(topic));
}

/**
 * Applies a plan's overrides to its classified items. Frontmatter wins over derived values.
 * @param computed the items with their computed topics
 * @param overrides the plan's `topics` front matter (anchor → list)
 * @returns the same items with the final topics and whether an editor changed them
 */
export function applyTopicOverrides<Item extends { id: string; topics: readonly string[] }>(
	computed: readonly Item[],
	overrides: TopicOverrides,
): (Omit<Item, 'topics'> & { topics: string[]; overridden: boolean })[] {
	return computed.map((item) => {
		const entries = Object.hasOwn(overrides, item.id) ? overrides[item.id] : undefined;
		return { ...item, topics: applyTopicOverride(item.topics, entries), overridden: entries !== undefined };
	});
}

/** A problem in a plan's `topics` overrides, said the way a reviewer would say it. */
export interface TopicOverrideProblem {
	/** The front matter key path, for findYamlKeyLine: ['topics', anchor]. */
	path: ['topics', string];
	/** What is wrong, in Chinese. */
	message: string;
	/** How to fix it, in Chinese. */
	fix: string;
}

/**
 * @param wrong an unknown id
 * @param known the known ids
 * @returns “（是不是 x？）” for a close known id (a typo), else empty
 */
function suggest(wrong: string, known: Iterable<string>): string {
	const [best] = closestWords(wrong, known);
	return best ? `（是不是 ${best}？）` : '';
}

/**
 * Checks a plan's overrides against the taxonomy and the plan's items: every anchor must be an
 * item of the plan (an anchor goes stale when the numbering changes) and every topic an id of
 * content/topics.yaml.
 * @param overrides the plan's `topics` front matter, validated by TopicOverridesSchema
 * @param knownTopicIds the ids of content/topics.yaml
 * @param knownAnchorIds the plan's item ids (PlanItem.id)
 * @returns the problems, in the order written
 */
export function checkTopicOverrides(
	overrides: TopicOverrides,
	knownTopicIds: ReadonlySet<string>,
	knownAnchorIds: ReadonlySet<string>,
): TopicOverrideProblem[] {
	const problems: TopicOverrideProblem[] = [];
	for (const [anchor, entries] of Object.entries(overrides)) {
		const path: ['topics', string] = ['topics', anchor];
		if (!knownAnchorIds.has(anchor)) {
			problems.push({
				path,
				message: `topics 里的条目 ${anchor} 在正文中不存在`,
				fix: `把 ${anchor} 改成正文中这一条的锚点${suggest(anchor, knownAnchorIds)}（页面上标题旁链接 # 后面那一段；编号改过后锚点也会变），或删除这一行`,
			});
		}
		for (const entry of entries) {
			const id = entry.replace(/^[+-]/, '');
			if (knownTopicIds.has(id)) continue;
			problems.push({
				path,
				message: `topics.${anchor} 里的主题 ${id} 不存在`,
				fix: `改成 content/topics.yaml 中已有的主题 id${suggest(id, knownTopicIds)}，或先在 content/topics.yaml 里添加这个主题`,
			});
		}
	}
	return problems;
}
