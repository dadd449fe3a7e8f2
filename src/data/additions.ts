import { additionDate, byNewestAddition, latestDate } from '../lib/additions.ts';
import { plans, type PreparedPlan } from './plans.ts';
import { officialPlans } from './site-summary.ts';

/** How many plans the feed lists. */
export const FEED_COUNT = 50;

/**
 * The disclosures added last, for the RSS feed: newest import first, then newest publication.
 * Like 最新收录 on the home page it lists the bureaus' texts only: a model essay is not news of a
 * disclosure, and its page says what it is.
 */
export const recentlyAdded: PreparedPlan[] = [...officialPlans].sort((a, b) => byNewestAddition(a.data, b.data)).slice(0, FEED_COUNT);

/**
 * @param plan a plan
 * @returns the day it was imported, else published, as a date for the feed; undefined when unknown
 */
export function addedOn(plan: PreparedPlan): Date | undefined {
	const date = additionDate(plan.data);
	return date === null ? undefined : new Date(`${date}T00:00:00Z`);
}

/** The day the latest text was imported, of all plans; null when no plan says. */
export const newestImport: string | null = latestDate(plans.map((plan) => plan.data.imported));
