import { groupBy } from '../lib/group-by.ts';
import { PLAN_KINDS } from '../lib/kinds.ts';
import { isOfficialText, PROVENANCES } from '../lib/provenance.ts';
import { plans, plansInRegion, plansOfYear, regions, regionUrl, years, type PreparedPlan, type PreparedRegion } from './plans.ts';
import { withBase } from '../lib/site-path.ts';

/** How many plans the home page lists as the latest. */
export const LATEST_COUNT = 6;

/** The bureaus' disclosures: texts published by an agency, on its site or reprinted (src/lib/provenance.ts). */
export const officialPlans: PreparedPlan[] = plans.filter((plan) => isOfficialText(plan.data.provenance));

/** Model essays and template compilations: labelled, listed apart, left out of the counts and 最新收录. */
export const unofficialPlans: PreparedPlan[] = plans.filter((plan) => !isOfficialText(plan.data.provenance));

/**
 * The disclosures published last, for the home page: by publication date, newest first, so that
 * documents that say when they were published come before those that do not; plans of the same
 * date (or of none) keep the order of {@link plans}.
 */
export const latestPlans: PreparedPlan[] = [...officialPlans]
	.sort((a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? ''))
	.slice(0, LATEST_COUNT);

/** Items of the disclosures together. */
export const officialItemCount: number = officialPlans.reduce((sum, plan) => sum + plan.items.length, 0);

/** Regions below the provinces that have plans (their own or below them), in the regions' order (code order). */
export const regionsWithPlans: PreparedRegion[] = regions.filter((region) => region.level !== '省' && plansInRegion(region.id).length > 0);

/** Plans whose source does not state their year, listed under 年份不详. */
export const unknownYearPlans: PreparedPlan[] = plansOfYear(null);

/** Plans whose source does not state their region, listed under 地区不详. */
export const unknownRegionPlans: PreparedPlan[] = plans.filter((plan) => plan.region === null);

/** One page of plans by year: /years/<slug>/. */
export interface YearPage {
	/** The year, or `unknown`. */
	slug: string;
	/** “2019年” or 年份不详. */
	label: string;
	/** The page, /years/<slug>/ under the base path. */
	url: string;
	plans: PreparedPlan[];
}

/** Every year with plans, newest first, then 年份不详 when some plans have no year. */
export const yearPages: YearPage[] = [
	...years.map((year) => ({ slug: String(year), label: `${year}年`, url: withBase(`/years/${year}/`), plans: plansOfYear(year) })),
	...(unknownYearPlans.length > 0 ? [{ slug: 'unknown', label: '年份不详', url: withBase('/years/unknown/'), plans: unknownYearPlans }] : []),
];

/** One page of plans by region: /regions/<slug>/. */
export interface RegionPage {
	/** The region's id, or `unknown`. */
	slug: string;
	/** The region, or null for 地区不详. */
	region: PreparedRegion | null;
	/** The page, /regions/<slug>/ under the base path. */
	url: string;
	/** Its plans and those of every region below it. */
	plans: PreparedPlan[];
}

/** Every region with plans (its own or below it), in the regions' order, then 地区不详 when some plans have no region. */
export const regionPages: RegionPage[] = [
	...regions
		.filter((region) => plansInRegion(region.id).length > 0)
		.map((region) => ({ slug: region.id, region, url: region.url, plans: plansInRegion(region.id) })),
	...(unknownRegionPlans.length > 0 ? [{ slug: 'unknown', region: null, url: regionUrl('unknown'), plans: unknownRegionPlans }] : []),
];

/** The top of the region tree: provinces with plans, then 地区不详, for the filters of /plans/. */
export const provinceRegionPages: RegionPage[] = regionPages.filter((page) => page.region === null || page.region.parent === null);

/** One page of the plans that share a kind or a provenance: /plans/kind/<slug>/, /plans/provenance/<id>/. */
export interface PlanSubsetPage {
	/** The value's ASCII slug (src/lib/kinds.ts) or id (src/lib/provenance.ts), the last part of the URL. */
	slug: string;
	/** What visitors see, e.g. 要点 or 转载. */
	label: string;
	/** A sentence on what the value means, or null when the label says it. */
	description: string | null;
	url: string;
	/** The plans with this value, in the order of {@link plans}. */
	plans: PreparedPlan[];
}

/**
 * @param section the URL part after /plans/
 * @param values every value in display order, with its slug, label and description
 * @param valueOf a plan's value
 * @returns a page for every value that has plans
 */
function subsetPages<V>(section: string, values: readonly { value: V; slug: string; label: string; description: string | null }[], valueOf: (plan: PreparedPlan) => V): PlanSubsetPage[] {
	const grouped = groupBy(plans, valueOf);
	return values.flatMap(({ value, slug, label, description }) => {
		const ofValue = grouped.get(value) ?? [];
		return ofValue.length > 0 ? [{ slug, label, description, url: withBase(`/plans/${section}/${slug}/`), plans: ofValue }] : [];
	});
}

/** Every kind that has plans, in the display order of PLAN_KINDS. */
export const kindPages: PlanSubsetPage[] = subsetPages(
	'kind',
	PLAN_KINDS.map(({ name, slug }) => ({ value: name, slug, label: name, description: null })),
	(plan) => plan.data.kind,
);

/** Every provenance that has plans, in the display order of PROVENANCES. */
export const provenancePages: PlanSubsetPage[] = subsetPages(
	'provenance',
	PROVENANCES.map(({ id, label, description }) => ({ value: id, slug: id, label, description })),
	(plan) => plan.data.provenance,
);
