/**
 * What a kind of document does with a year's work: `plan` sets out the coming year's (its numbers
 * are targets, and a bureau's plans of consecutive years are compared); `programme` sets out
 * several years'; `report` tells what was done (its numbers are results); `both` does both in one
 * text; `other` neither.
 */
export type KindRole = 'plan' | 'programme' | 'report' | 'both' | 'other';

/**
 * Document kinds. The Chinese name is what front matter holds and visitors see; the slug is the
 * ASCII part of the file name and URL (`2019-priorities`); the role says what the site may assume
 * of it. Order is the display order.
 */
export const PLAN_KINDS = [
	{ name: '要点', slug: 'priorities', role: 'plan' },
	{ name: '计划', slug: 'plan', role: 'plan' },
	{ name: '总结', slug: 'summary', role: 'report' },
	{ name: '总结与计划', slug: 'summary-plan', role: 'both' },
	{ name: '规划', slug: 'programme', role: 'programme' },
	{ name: '方案', slug: 'scheme', role: 'plan' },
	{ name: '年度报告', slug: 'annual-report', role: 'report' },
	{ name: '自查报告', slug: 'self-check', role: 'report' },
	{ name: '述职报告', slug: 'duty-report', role: 'report' },
	{ name: '其他', slug: 'other', role: 'other' },
] as const satisfies readonly { name: string; slug: string; role: KindRole }[];

export type PlanKind = (typeof PLAN_KINDS)[number]['name'];

export const PLAN_KIND_NAMES = PLAN_KINDS.map((kind) => kind.name) as [PlanKind, ...PlanKind[]];

/**
 * @param name a kind's Chinese name
 * @returns the kind's ASCII slug for file names and URLs
 */
export function kindSlug(name: PlanKind): string {
	return PLAN_KINDS.find((kind) => kind.name === name)?.slug ?? 'other';
}

/**
 * @param name a kind's Chinese name
 * @returns what the kind does with a year's work
 */
export function kindRole(name: string): KindRole {
	return PLAN_KINDS.find((kind) => kind.name === name)?.role ?? 'other';
}
