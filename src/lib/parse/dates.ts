import { parseChineseNumeral } from './markers.ts';

/** A date read from a text. */
export interface ParsedDate {
	/** YYYY-MM-DD when the text names exactly one valid calendar day, else null. */
	date: string | null;
	/**
	 * full: year, month and day with separators; partial: a day or month is missing
	 * (2017年4月 日); digits: separators lost (2019412); none: not a date.
	 */
	form: 'full' | 'partial' | 'digits' | 'none';
	/** For `digits`: every valid reading of the digits, e.g. 2019412 → ['2019-04-12']. */
	candidates: string[];
}

/**
 * @param year four-digit year
 * @param month 1–12
 * @param day 1–31
 * @returns YYYY-MM-DD, or null when the day does not exist
 */
export function formatIsoDate(year: number, month: number, day: number): string | null {
	if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CN_YEAR_DIGITS = '〇一二三四五六七八九';

/** Reads a year written as four Chinese digits (二〇一九) or Arabic digits. */
function readYear(text: string): number | null {
	if (/^\d{4}$/.test(text)) return Number(text);
	if (text.length !== 4) return null;
	const digits = [...text].map((char) => CN_YEAR_DIGITS.indexOf(char.replace('零', '〇')));
	return digits.some((digit) => digit < 0) ? null : Number(digits.join(''));
}

/** Reads a month or day written with Arabic digits or as a Chinese numeral (十二). */
function readSmallNumber(text: string): number | null {
	if (/^\d{1,2}$/.test(text)) return Number(text);
	return parseChineseNumeral(text);
}

const FULL_DATE =
	/(\d{4}|[〇零一二三四五六七八九]{4})\s*[-./年]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[-./月]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(?!\d)\s*日?/;
const PARTIAL_DATE =
	/(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)?\s*日?\s*$/;

/**
 * Reads a date such as 2019-04-12, 2025-03-31 16:24, 2017年05月04日, 二〇一九年四月十二日 or
 * 2019412. Digits that lost their separators are never guessed into one date: every valid
 * reading is returned and the caller decides with the help of other metadata.
 * @param text a metadata value or a signature line
 * @returns the date, its form and, for digits only, the candidate readings
 */
export function parseDate(text: string): ParsedDate {
	const value = text.trim();
	const full = FULL_DATE.exec(value);
	if (full) {
		const [year, month, day] = [
			readYear(full[1]),
			readSmallNumber(full[2]),
			readSmallNumber(full[3]),
		];
		const date = year && month && day ? formatIsoDate(year, month, day) : null;
		if (date) return { date, form: 'full', candidates: [] };
	}
	const digits = /^((?:19|20)\d{2})(\d{3,4})$/.exec(value);
	if (digits) {
		const year = Number(digits[1]);
		const rest = digits[2];
		const readings = new Set<string>();
		for (let cut = 1; cut < rest.length; cut++) {
			const [month, day] = [rest.slice(0, cut), rest.slice(cut)];
			if (month.length > 2 || day.length > 2) continue;
			const date = formatIsoDate(year, Number(month), Number(day));
			if (date) readings.add(date);
		}
		return { date: null, form: 'digits', candidates: [...readings] };
	}
	if (PARTIAL_DATE.test(value) && value.length <= 16)
		return { date: null, form: 'partial', candidates: [] };
	return { date: null, form: 'none', candidates: [] };
}

/**
 * Finds year ranges whose dash was lost, e.g. 《…营养计划(20182030年)》 for 2018—2030年.
 * @param text a line of the document
 * @returns the glued ranges as written, in order
 */
export function findGluedYearRanges(text: string): string[] {
	return [...text.matchAll(/(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})(?=\s*年)/g)]
		.filter((match) => Number(match[2]) > Number(match[1]))
		.map((match) => `${match[0]}年`);
}
