/**
 * Document kinds. The Chinese name is what front matter holds and visitors see; the slug is the
 * ASCII part of the file name and URL (`2019-priorities`). Order is the display order.
 */
export const PLAN_KINDS = [
	{ name: '要点', slug: 'priorities' },
	{ name: '计划', slug: 'plan' },
	{ name: '总结', slug: 'summary' },
	{ name: '总结与计划', slug: 'summary-plan' },
	{ name: '规划', slug: 'programme' },
	{ name: '其他', slug: 'other' },
] as const;

export type PlanKind = (typeof PLAN_KINDS)[number]['name'];

export const PLAN_KIND_NAMES = PLAN_KINDS.map((kind) => kind.name) as [PlanKind, ...PlanKind[]];

/**
 * @param name a kind's Chinese name
 * @returns the kind's ASCII slug for file names and URLs
 */
export function kindSlug(name: PlanKind): string {
	return PLAN_KINDS.find((kind) => kind.name === name)?.slug ?? 'other';
}
