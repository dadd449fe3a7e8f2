import { formatYear } from '../format.ts';
import type { Provenance } from '../provenance.ts';
import { BASE_PATH, withoutBase } from '../site-path.ts';
import type { CompareItem } from './compare-item.ts';
import type { MovedTarget } from './render-alignment.ts';

/** What the page comparing any two plans reads of a plan's data file (dist/data/plans/<id>.json). */
export interface PlanData {
	plan: { id: string; title: string; region_name: string | null; year: number | null; kind: string; url: string; provenance: Provenance; subtitle: string | null };
	items: { id: string; number: string | null; level: number; parent: string | null; title: string; text: string; topics: string[] }[];
	indicators: { item: string; metric: string | null; subject: string; op: MovedTarget['op']; value: number; value_max: number | null; unit: string | null; kind: string }[];
}

/** A plan id as the data files are named: region/year-kind, ASCII. */
const PLAN_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/**
 * Reads a plan id as a visitor may give it: the id itself, or the plan page's address.
 * @param text what was typed or is in the address
 * @param base the site's base path (this build's by default)
 * @returns the plan id, or null when it is not one
 */
export function readPlanId(text: string, base: string = BASE_PATH): string | null {
	const address = text.trim().replace(/^https?:\/\/[^/]+/, '');
	const sitePath = address.startsWith('/') ? (withoutBase(address, base) ?? address) : address;
	const id = sitePath.replace(/^\/?(?:plans\/)?/, '').replace(/\/$/, '');
	return PLAN_ID.test(id) ? id : null;
}

/**
 * @param id a plan id
 * @returns the address of its data file
 */
export function planDataPath(id: string): string {
	return `/data/plans/${id}.json`;
}

/**
 * @param data a plan's data file
 * @returns its items as the alignment takes them
 */
export function compareItemsOf(data: PlanData): CompareItem[] {
	return data.items.map(({ id, number, level, parent, title, text, topics }) => ({ id, number, level, parent, title, text, topics }));
}

/**
 * @param data a plan's data file
 * @returns its targets (not values reported as achieved) as the moves table takes them
 */
export function targetsOf(data: PlanData): MovedTarget[] {
	return data.indicators
		.filter((indicator) => indicator.kind === 'target')
		.map(({ item, metric, subject, op, value, value_max, unit }) => ({ item, metric, subject, op, value, valueMax: value_max, unit }));
}

/**
 * @param data a plan's data file
 * @returns how the plan is named on the page: 秦皇岛市 2019年 要点
 */
export function describePlan(data: PlanData): string {
	return `${data.plan.region_name ?? '地区不详'} ${formatYear(data.plan.year)} ${data.plan.kind}`;
}
