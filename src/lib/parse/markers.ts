/**
 * Numbering markers of Chinese official documents (一、 （一） 1. （1） ① 第一部分 …).
 *
 * One module owns what a marker is, so that the importer (which finds markers in raw text) and the
 * site (which derives item anchors from the markers kept in Markdown headings) never disagree.
 */

/** A numbering family: the shape of a marker, independent of its value. */
export type MarkerFamily =
	| 'part' // 第一部分 / 第一章
	| 'cn-dun' // 一、
	| 'cn-paren' // （一） or (一)
	| 'num-dot' // 1. or 1．
	| 'num-dun' // 1、
	| 'num-paren' // （1） or (1)
	| 'circled'; // ①

/** A marker found at the start of a text. */
export interface Marker {
	family: MarkerFamily;
	/** The numeric value of the marker (（十二） → 12). */
	value: number;
	/** The marker exactly as written, including its punctuation and any spaces after it. */
	raw: string;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
	〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Converts a Chinese numeral up to 九十九 (一, 十, 十二, 二十, 五十六) to a number.
 * @param numeral Chinese numeral characters
 * @returns the value, or null when the text is not a numeral below 100
 */
export function parseChineseNumeral(numeral: string): number | null {
	const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral);
	if (!match || numeral === '') return null;
	const [, tens, ten, units] = match;
	if (!ten) return tens && !units ? CN_DIGITS[tens] : null;
	return (tens ? CN_DIGITS[tens] : 1) * 10 + (units ? CN_DIGITS[units] : 0);
}

/**
 * Formats a number (1–99) as a Chinese numeral, the inverse of {@link parseChineseNumeral}.
 * @param value a number from 1 to 99
 * @returns the numeral, e.g. 56 → 五十六
 */
export function formatChineseNumeral(value: number): string {
	const digits = '〇一二三四五六七八九';
	if (value < 10) return digits[value];
	const tens = Math.floor(value / 10);
	const units = value % 10;
	return `${tens === 1 ? '' : digits[tens]}十${units === 0 ? '' : digits[units]}`;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN_NUM = '[一二三四五六七八九十]{1,3}';

/**
 * Marker patterns, anchored at the start of a text. Order matters: 第…部分 must be tried before
 * the bare numeral families, and num-dot must refuse decimals (82.8岁) and dates (2025.3).
 */
const MARKER_PATTERNS: ReadonlyArray<{ family: MarkerFamily; pattern: RegExp; numeral: 'cn' | 'arabic' | 'circled' }> = [
	{ family: 'part', pattern: new RegExp(`^第(${CN_NUM})(?:部分|章|篇)[、，,：:\\s]*`), numeral: 'cn' },
	{ family: 'cn-dun', pattern: new RegExp(`^(${CN_NUM})[、，][\\s]*`), numeral: 'cn' },
	{ family: 'cn-paren', pattern: new RegExp(`^[（(](${CN_NUM})[）)][、，.．\\s]*`), numeral: 'cn' },
	{ family: 'num-paren', pattern: /^[（(]([0-9０-９]{1,2})[）)][、，.．\s]*/, numeral: 'arabic' },
	{ family: 'num-dot', pattern: /^([0-9０-９]{1,2})[.．](?![0-9０-９])\s*/, numeral: 'arabic' },
	{ family: 'num-dun', pattern: /^([0-9０-９]{1,2})、\s*/, numeral: 'arabic' },
	{ family: 'circled', pattern: new RegExp(`^([${CIRCLED}])[、，.．\\s]*`), numeral: 'circled' },
];

function toHalfWidthDigits(text: string): string {
	return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Reads the numbering marker at the start of a text, if any.
 * @param text a heading or line, e.g. "（十二）加强中医药服务"
 * @returns the marker, or null when the text does not start with one
 */
export function parseMarker(text: string): Marker | null {
	for (const { family, pattern, numeral } of MARKER_PATTERNS) {
		const match = pattern.exec(text);
		if (!match) continue;
		const value =
			numeral === 'cn'
				? parseChineseNumeral(match[1])
				: numeral === 'arabic'
					? Number(toHalfWidthDigits(match[1]))
					: CIRCLED.indexOf(match[1]) + 1;
		if (value === null || value < 1) continue;
		return { family, value, raw: match[0] };
	}
	return null;
}
