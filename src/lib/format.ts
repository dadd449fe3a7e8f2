/** What visitors see for anything the source does not say. */
export const UNKNOWN_LABEL = '不详';

/**
 * @param year a year or null
 * @returns “2019年” or 年份不详
 */
export function formatYear(year: number | null): string {
	return year === null ? `年份${UNKNOWN_LABEL}` : `${year}年`;
}

/** Made once: building an Intl formatter costs far more than formatting, and list pages format thousands of dates. Marked pure so the search script, which imports this module for other helpers, drops it. */
const DATE_FORMAT = /* @__PURE__ */ new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * Formats a YYYY-MM-DD date the Chinese way, in UTC so no time zone shifts the day.
 * @param isoDate a date as YYYY-MM-DD, or null
 * @returns “2019年4月12日”, or 不详
 */
export function formatDate(isoDate: string | null): string {
	if (!isoDate) return UNKNOWN_LABEL;
	return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * @param value a metadata value or null
 * @returns the value, or 不详
 */
export function orUnknown(value: string | number | null | undefined): string {
	return value === null || value === undefined || value === '' ? UNKNOWN_LABEL : String(value);
}

/**
 * A file's size as file managers show it (units of 1,024), with one decimal above a kilobyte.
 * @param bytes the size in bytes
 * @returns “860 字节”, “12.4 KB” or “3.1 MB”
 */
export function formatFileSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} 字节`;
	const kilobytes = (bytes / 1024).toFixed(1);
	// Rounded up to 1024.0 KB it is a megabyte.
	if (Number(kilobytes) < 1024) return `${kilobytes} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Splits a code such as an index number (002590542/2025-01145) after each / and -, where a
 * narrow column may break it: the browser offers no break there between digits, and a break
 * anywhere else would cut a number in two.
 * @param value the text
 * @returns its pieces, each ending with its separator; one piece when there is none
 */
export function splitAfterSeparators(value: string): string[] {
	return value.match(/[^/-]*[/-]|[^/-]+$/g) ?? [value];
}
