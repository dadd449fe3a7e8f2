import { alignPlans, findIndicatorMoves, linkReports, type Alignment, type AlignmentCounts, type IndicatorMoves, type PlanTarget, type ReportClosure } from '../lib/compare/index.ts';
import type { IndicatorTarget } from '../lib/indicators/index.ts';
import { kindRole, type PlanKind } from '../lib/kinds.ts';
import { groupBy } from '../lib/group-by.ts';
import { paginateGroups } from '../lib/paginate.ts';
import type { PlanItem } from '../lib/outline.ts';
import { indicatorsOfPlan } from './indicators.ts';
import { plans, type PreparedPlan } from './plans.ts';
import { topicSourceOfItem, topicsOfItem } from './topics.ts';
import { withBase } from '../lib/site-path.ts';

/** A plan item with its topics, as the comparison modules take it. */
export type ComparedItem = PlanItem & { topics: string[] };

/** A target with the item it is stated in, as the comparison modules take it. */
export type ComparedTarget = PlanTarget & Pick<IndicatorTarget, 'op' | 'valueMax'> & { target: IndicatorTarget };

/**
 * What is compared: `same-region` two plans of one region in consecutive years; `plan-summary` a
 * region's plan for a year and its summary of the same year.
 */
export type ComparisonKind = 'same-region' | 'plan-summary';

/** A pair of plans with a compare page. */
export interface ComparisonPair {
	kind: ComparisonKind;
	/** The earlier plan (or the plan, for plan-summary). */
	a: PreparedPlan;
	/** The later plan (or the summary). */
	b: PreparedPlan;
	/** The compare page's route: its region's id and the pair's slug, <stem A>--<stem B>. */
	params: { region: string; pair: string };
	/** The compare page's address, /compare/<region>/<stem A>--<stem B>/ under the base path. */
	url: string;
}

/**
 * The series a plan belongs to, among its region's documents: a year's plans follow the year
 * before's whatever they are called (a 要点 one year, a 计划 the next), summaries follow
 * summaries, any other kind only itself.
 * @param kind the plan's kind
 * @returns the series key
 */
function seriesOf(kind: PlanKind): string {
	return kindRole(kind) === 'plan' ? 'planning' : kind;
}

/**
 * @param plan a plan
 * @returns its file stem, e.g. 2019-priorities
 */
function stemOf(plan: PreparedPlan): string {
	return plan.id.slice(plan.id.lastIndexOf('/') + 1);
}

/**
 * Every compare page: for each region, each series' plans of consecutive years (the first plan of
 * each year, by id), and each year's plan beside the summary of that year. Plans of unknown
 * region or year have none. Linear in the number of plans: each plan pairs with at most one
 * predecessor, one successor and one summary.
 */
function findPairs(): ComparisonPair[] {
	const groups = groupBy(
		plans.filter((plan) => plan.region && plan.data.year !== null),
		(plan) => `${plan.region?.id}\u0000${seriesOf(plan.data.kind)}`,
	);
	const pair = (kind: ComparisonKind, a: PreparedPlan, b: PreparedPlan): ComparisonPair => {
		const params = { region: a.region?.id ?? '', pair: `${stemOf(a)}--${stemOf(b)}` };
		return { kind, a, b, params, url: withBase(`/compare/${params.region}/${params.pair}/`) };
	};
	const pairs: ComparisonPair[] = [];
	const firstOfYear = (list: PreparedPlan[]) => {
		const byYear = new Map<number, PreparedPlan>();
		for (const plan of [...list].sort((a, b) => a.id.localeCompare(b.id))) if (!byYear.has(plan.data.year ?? 0)) byYear.set(plan.data.year ?? 0, plan);
		return [...byYear.entries()].sort(([a], [b]) => a - b).map(([, plan]) => plan);
	};
	const summaries = new Map<string, PreparedPlan>();
	for (const [key, list] of groups) {
		const ordered = firstOfYear(list);
		for (let index = 1; index < ordered.length; index++) pairs.push(pair('same-region', ordered[index - 1], ordered[index]));
		if (key.endsWith('\u0000总结')) for (const summary of ordered) summaries.set(`${summary.region?.id}\u0000${summary.data.year}`, summary);
	}
	for (const [key, list] of groups) {
		if (!key.endsWith('\u0000planning')) continue;
		for (const plan of firstOfYear(list)) {
			const summary = summaries.get(`${plan.region?.id}\u0000${plan.data.year}`);
			if (summary) pairs.push(pair('plan-summary', plan, summary));
		}
	}
	return pairs.sort((x, y) => x.url.localeCompare(y.url));
}

/** Every compare page's pair, by URL. */
export const comparisonPairs: ComparisonPair[] = findPairs();

/** The most pairs a page of the comparison list shows. */
export const COMPARISON_LIST_PAGE = 200;

/** The comparison list, in pages of COMPARISON_LIST_PAGE pairs. */
export const comparisonPages: ComparisonPair[][] = paginateGroups(comparisonPairs, () => 1, COMPARISON_LIST_PAGE);

/**
 * @param plan a plan
 * @returns its items with their topics (a heading's topics that only come from its sub-items
 *   are left out: they would make every section match every other)
 */
export function comparedItems(plan: PreparedPlan): ComparedItem[] {
	return plan.items.map((item) => ({ ...item, topics: topicSourceOfItem(plan, item.id) === 'children' ? [] : topicsOfItem(plan, item.id) }));
}

/**
 * @param plan a plan
 * @returns its targets (not the values it reports as achieved) as the comparison takes them
 */
function comparedTargets(plan: PreparedPlan): ComparedTarget[] {
	return indicatorsOfPlan(plan)
		.filter(({ target }) => target.kind === 'target')
		.map(({ item, target }) => ({ item: item.id, metric: target.metric, subject: target.subject, op: target.op, value: target.value, valueMax: target.valueMax, unit: target.unit, target }));
}

/** What a same-region compare page shows. */
export interface PlanComparison {
	alignment: Alignment<ComparedItem>;
	moves: IndicatorMoves<ComparedTarget>;
}

/** Each same-region pair's counts, kept once its page (or the data file) has aligned it. */
const countsByPair = new Map<string, AlignmentCounts>();
const closures = new Map<string, ReportClosure<ComparedItem, ComparedItem>>();

/**
 * Aligns the two plans of a same-region pair. The alignment is not kept: at ten thousand plans
 * every pair's rows held in memory cost more than aligning a pair again; only the counts are.
 * @param pair a same-region pair
 * @returns the alignment and the targets followed from one plan to the other
 */
export function comparePlans(pair: ComparisonPair): PlanComparison {
	const alignment = alignPlans(comparedItems(pair.a), comparedItems(pair.b));
	countsByPair.set(pair.url, alignment.counts);
	return { alignment, moves: findIndicatorMoves(comparedTargets(pair.a), comparedTargets(pair.b), alignment.aToB) };
}

/**
 * @param pair a same-region pair
 * @returns how many items were kept, changed, added and dropped (its page usually aligned it already)
 */
export function comparisonCounts(pair: ComparisonPair): AlignmentCounts {
	return countsByPair.get(pair.url) ?? alignPlans(comparedItems(pair.a), comparedItems(pair.b)).counts;
}

/**
 * Links each item of a plan-summary pair's plan to the summary passages that report on it.
 * @param pair a plan-summary pair
 * @returns the report links and the unreported items
 */
export function closeWithSummary(pair: ComparisonPair): ReportClosure<ComparedItem, ComparedItem> {
	let result = closures.get(pair.url);
	if (!result) {
		result = linkReports(comparedItems(pair.a), comparedItems(pair.b));
		closures.set(pair.url, result);
	}
	return result;
}

/**
 * @param plan a plan
 * @returns the compare pages it is part of, earlier plan first
 */
export function comparisonsOfPlan(plan: PreparedPlan): ComparisonPair[] {
	return pairsByPlan.get(plan.id) ?? [];
}

const pairsByPlan = new Map<string, ComparisonPair[]>(
	[...groupBy(comparisonPairs.flatMap((pair) => [{ id: pair.a.id, pair }, { id: pair.b.id, pair }]), (entry) => entry.id)].map(([id, entries]) => [id, entries.map((entry) => entry.pair)]),
);
