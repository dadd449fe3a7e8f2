/** When a plan came to the site, as far as its front matter says. */
export interface AdditionDates {
	/** The day it was imported (YYYY-MM-DD), or null. */
	imported: string | null;
	/** The day its agency published it (YYYY-MM-DD), or null. */
	published: string | null;
}

/**
 * Orders plans newest addition first: by the day they were imported, then, among those imported
 * the same day or without a date, by the day they were published; plans without either come last,
 * in the order they were given (the sort is stable).
 * @param a a plan's dates
 * @param b another plan's dates
 * @returns a comparison for Array.prototype.sort
 */
export function byNewestAddition(a: AdditionDates, b: AdditionDates): number {
	return (b.imported ?? '').localeCompare(a.imported ?? '') || (b.published ?? '').localeCompare(a.published ?? '');
}

/**
 * @param plan a plan's dates
 * @returns the day it is known to have been added (imported, else published), or null
 */
export function additionDate(plan: AdditionDates): string | null {
	return plan.imported ?? plan.published;
}

/**
 * @param dates YYYY-MM-DD dates, some unknown
 * @returns the latest, or null when none is known
 */
export function latestDate(dates: Iterable<string | null>): string | null {
	let latest: string | null = null;
	for (const date of dates) if (date !== null && (latest === null || date > latest)) latest = date;
	return latest;
}
