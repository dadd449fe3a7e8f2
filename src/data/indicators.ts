import { getCollection } from 'astro:content';
import type { ChartSeries } from '../lib/indicators/chart.ts';
import { formatTargetValue, plottedValue } from '../lib/indicators/format-target.ts';
import { extractItemIndicators, type IndicatorTarget } from '../lib/indicators/index.ts';
import { groupBy } from '../lib/group-by.ts';
import type { PlanItem } from '../lib/outline.ts';
import { paginateGroups } from '../lib/paginate.ts';
import { plans, regionById, regions, type PreparedPlan, type PreparedRegion } from './plans.ts';
import { withBase } from '../lib/site-path.ts';

/** An indicator family of content/indicators.yaml with what the pages need about it. */
export interface PreparedFamily {
	/** ASCII id shared by every plan's target of this metric, e.g. infant-mortality. */
	id: string;
	/** Chinese name, e.g. 婴儿死亡率. */
	name: string;
	/** The unit the metric is usually stated in, or null when it varies. */
	unit: string | null;
	/** Whether a higher or a lower value is better, or null. */
	better: 'higher' | 'lower' | null;
	/** Id of the topic the metric belongs to, or null. */
	topic: string | null;
	/** What the metric measures. */
	description: string;
	/** The family's page, /indicators/<id>/. */
	url: string;
}

/** One target (or reported value) stated in a plan item. */
export interface PlanIndicator {
	plan: PreparedPlan;
	item: PlanItem;
	target: IndicatorTarget;
}

const familyEntries = (await getCollection('indicators')).map((entry) => entry.data);

/** Every indicator family, in the order of indicators.yaml. */
export const families: PreparedFamily[] = familyEntries.map((family) => ({
	id: family.id,
	name: family.name,
	unit: family.unit,
	better: family.better,
	topic: family.topic,
	description: family.description,
	url: withBase(`/indicators/${family.id}/`),
}));

export const familyById = new Map(families.map((family) => [family.id, family]));

/** Each plan's targets by item id, in document order. */
const byPlanItem = new Map<string, Map<string, PlanIndicator[]>>();
/** Every plan's targets of each family, plans in the order of {@link plans} (newest first). */
const byMetric = new Map<string, PlanIndicator[]>(families.map((family) => [family.id, []]));
/** Targets that fit no family. */
const unmatched: PlanIndicator[] = [];

for (const plan of plans) {
	const items = new Map<string, PlanIndicator[]>();
	for (const item of plan.items) {
		const found = extractItemIndicators(item, { documentKind: plan.data.kind, families: familyEntries }).map((target) => ({ plan, item, target }));
		if (found.length === 0) continue;
		items.set(item.id, found);
		for (const indicator of found) {
			const list = indicator.target.metric ? byMetric.get(indicator.target.metric) : undefined;
			(list ?? unmatched).push(indicator);
		}
	}
	byPlanItem.set(plan.id, items);
}

/**
 * @param plan a plan
 * @param itemId one of its item ids
 * @returns the targets the item states, in text order
 */
export function indicatorsOfItem(plan: PreparedPlan, itemId: string): PlanIndicator[] {
	return byPlanItem.get(plan.id)?.get(itemId) ?? [];
}

/**
 * @param plan a plan
 * @returns every target the plan states, in document order
 */
export function indicatorsOfPlan(plan: PreparedPlan): PlanIndicator[] {
	return [...(byPlanItem.get(plan.id)?.values() ?? [])].flat();
}

/**
 * @param familyId an indicator family id
 * @returns every plan's targets of the family, newest plans first
 */
export function indicatorsOfFamily(familyId: string): PlanIndicator[] {
	return byMetric.get(familyId) ?? [];
}

/** Targets that fit no family, newest plans first: they are shown under their own subject. */
export const unmatchedIndicators: readonly PlanIndicator[] = unmatched;

/** The most rows a page of targets without a family lists. */
export const OTHER_INDICATORS_PAGE_ROWS = 200;

/** Targets that fit no family, in pages of OTHER_INDICATORS_PAGE_ROWS. */
export const unmatchedIndicatorPages: PlanIndicator[][] = paginateGroups(unmatched, () => 1, OTHER_INDICATORS_PAGE_ROWS);

/** Every target of every plan, plans newest first and items in document order. */
export const allIndicators: readonly PlanIndicator[] = plans.flatMap(indicatorsOfPlan);

/** One region's values of a family, one cell per column year (a cell may hold several values). */
export interface IndicatorRow {
	/** The region, or null for plans of unknown region. */
	region: PreparedRegion | null;
	cells: PlanIndicator[][];
}

/** A family's values laid out for its page. */
export interface FamilyTable {
	/** Column years, oldest first (null, for plans of unknown year, last). */
	years: (number | null)[];
	/** Rows by region, in the regions' order, split into pages of at most INDICATOR_PAGE_VALUES values. */
	pages: IndicatorRow[][];
	/** The unit the chart plots: the family's, or the one most of its values have. */
	chartUnit: string | null;
	/** Each region's values in the chart unit, by year (plans of unknown region or year left out). */
	series: ChartSeries[];
	/** How many values the family has, and in how many plans. */
	values: number;
	plans: number;
}

/**
 * The most values a family's table page lists (a region's row is never split); more make
 * numbered pages. Values, not regions, bound the page: a region may state a metric many times.
 */
export const INDICATOR_PAGE_VALUES = 300;

const regionOrder = new Map(regions.map((region, index) => [region.id, index]));

/**
 * @param familyId an indicator family id
 * @returns the family's values by region and year, paged, and the chart's series
 */
export function familyTable(familyId: string): FamilyTable {
	const found = indicatorsOfFamily(familyId);
	const family = familyById.get(familyId);
	const years = [...new Set(found.map(({ plan }) => plan.data.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
	const byRegion = new Map<string | null, PlanIndicator[][]>();
	for (const indicator of found) {
		const key = indicator.plan.region?.id ?? null;
		const cells = byRegion.get(key) ?? years.map(() => []);
		cells[years.indexOf(indicator.plan.data.year)].push(indicator);
		byRegion.set(key, cells);
	}
	const rows = [...byRegion]
		.sort(([a], [b]) => (a === null ? Infinity : (regionOrder.get(a) ?? Infinity)) - (b === null ? Infinity : (regionOrder.get(b) ?? Infinity)))
		.map(([id, cells]) => ({ region: id === null ? null : (regionById.get(id) ?? null), cells }));
	const unitCounts = new Map<string | null, number>();
	for (const { target } of found) unitCounts.set(target.unit, (unitCounts.get(target.unit) ?? 0) + 1);
	const chartUnit = family?.unit ?? [...unitCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
	// One line per region and measure: a region that states two measures of a family in a year
	// (签约率 and 重点人群签约率) would otherwise zigzag between them. Values a summary reports as
	// achieved are in the table, not on the lines of targets.
	const series: ChartSeries[] = rows.flatMap(({ region, cells }) => {
		if (!region) return [];
		const targets = cells.flat().filter(({ plan, target }) => target.kind === 'target' && target.unit === chartUnit && plan.data.year !== null);
		const bySubject = groupBy(targets, ({ target }) => target.subject);
		return [...bySubject].map(([subject, values]) => ({
			label: bySubject.size > 1 ? `${region.name} · ${subject}` : region.name,
			values: values.map(({ plan, target }) => ({ year: plan.data.year ?? 0, value: plottedValue(target), label: `${region.name} ${plan.data.year}年 ${target.subject} ${formatTargetValue(target)}` })),
		}));
	});
	return {
		years,
		pages: paginateGroups(rows, (row) => row.cells.reduce((sum, cell) => sum + cell.length, 0), INDICATOR_PAGE_VALUES),
		chartUnit,
		series,
		values: found.length,
		plans: new Set(found.map(({ plan }) => plan.id)).size,
	};
}
