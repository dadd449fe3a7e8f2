import { groupBy } from '../group-by.ts';

/** What one region's plans of one year say on a topic. */
export type PresenceCell =
	/** Its plans name the topic: how many items, and in which plans. */
	| { state: 'present'; items: number; plans: string[] }
	/** It has plans for the year, and none of their items is on the topic. */
	| { state: 'absent'; plans: string[] }
	/** No plan of that region and year is in the archive: what it planned is unknown. */
	| { state: 'unknown' };

/** What the matrix needs of a plan. */
export interface PresencePlan {
	id: string;
	region: string | null;
	year: number | null;
	/** Items of the plan on the topic (0 when none). */
	topicItems: number;
}

/** One row of the matrix: a region and a cell per column year. */
export interface PresenceRow {
	region: string | null;
	cells: PresenceCell[];
}

/**
 * Where a topic is present, absent, or unknown, by region and year: one row per region that has
 * plans, one cell per year. A region's plans of one year may be several (a plan and its summary);
 * the cell is present when any of them has an item on the topic.
 * @param plans every plan, with how many of its items are on the topic
 * @param regions the rows, in display order (null for plans of unknown region)
 * @param years the columns, in display order (null for plans of unknown year)
 * @returns the rows in the order of `regions`
 */
export function buildPresenceRows(plans: readonly PresencePlan[], regions: readonly (string | null)[], years: readonly (number | null)[]): PresenceRow[] {
	const key = (region: string | null, year: number | null) => `${region ?? ''}\u0000${year ?? ''}`;
	const byCell = groupBy(plans, (plan) => key(plan.region, plan.year));
	return regions.map((region) => ({
		region,
		cells: years.map((year): PresenceCell => {
			const cellPlans = byCell.get(key(region, year)) ?? [];
			if (cellPlans.length === 0) return { state: 'unknown' };
			const withTopic = cellPlans.filter((plan) => plan.topicItems > 0);
			return withTopic.length > 0
				? { state: 'present', items: withTopic.reduce((sum, plan) => sum + plan.topicItems, 0), plans: withTopic.map((plan) => plan.id) }
				: { state: 'absent', plans: cellPlans.map((plan) => plan.id) };
		}),
	}));
}
