/**
 * Numbers that are never targets, whatever follows them. Each pattern marks a span; a value that
 * overlaps one is dropped. Most of these carry no unit and would be skipped anyway; they are
 * listed so that a unit-like character after them (号, 年 …) can never turn them into a value,
 * and so the reasons are written down in one place.
 *
 * Order does not matter for correctness (every pattern is applied and the spans are merged); the
 * table is ordered from the most specific shape to the most general for the reader.
 */
export const NON_TARGETS = [
	/** 文号: 秦卫字〔2019〕12号, 国办发[2018]3号. */
	{ name: 'doc-number', pattern: /[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*\d+\s*号/g },
	/** 索引号: 000357739/2019-122, 11330604002590542U/2025-01145. */
	{ name: 'index-number', pattern: /[0-9A-Za-z]{4,}\s*\/\s*(?:19|20)\d{2}\s*-\s*\d+/g },
	/** Dates: 2019年4月12日, 4月12日, 2019-04-12, 2019.4.12. */
	{ name: 'date', pattern: /(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/g },
	/** A date whose separators were lost (2019412, 20190412), unless a unit follows it. */
	{ name: 'glued-date', pattern: /(?<!\d)(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])(?!\d|\s*[%‰人名个家元万亿次项件台张所])/g },
	/** Year spans: 2016-2020年, 2018—2030年, and 20182030年 with its dash lost. */
	{ name: 'year-range', pattern: /(?:19|20)\d{2}\s*(?:年\s*)?[-—–~～至到－]\s*(?:19|20)\d{2}\s*年?|(?<!\d)(?:19|20)\d{2}(?:19|20)\d{2}(?=\s*年)/g },
	/** Years: 2019年, 2019 年底, 2025年度. */
	{ name: 'year', pattern: /(?:19|20)\d{2}\s*年/g },
	/** Item numbers: 1. 2、 （1） (3) at a line or clause start. */
	{ name: 'item-number', pattern: /(?:^|(?<=[\s。；;：:，,]))\d{1,2}\s*[.．、](?![\d％%])|[（(]\s*\d{1,2}\s*[）)]/gm },
	/** Ordinals and ranks: 第五期 is words, 第1名 and 排名第9 are not targets. */
	{ name: 'ordinal', pattern: /第\s*\d+/g },
	/** Programme names with numbers: 健康中国2030, “1+X”, “12234”工程, H7N9, COVID-19. */
	{ name: 'name', pattern: /健康中国\s*2030|\d+\s*[+＋]\s*[\dA-Za-z]+|[“"「『]\s*\d+\s*[”"」』]|[A-Za-z]+-?\d+[A-Za-z\d]*/g },
] as const;

/**
 * Finds the spans of a text that hold numbers that are not targets.
 * @param text the searched text
 * @returns sorted, non-overlapping [start, end) spans
 */
export function findNonTargetSpans(text: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	for (const { pattern } of NON_TARGETS) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			if (match[0].length === 0) {
				pattern.lastIndex += 1;
				continue;
			}
			spans.push([match.index, match.index + match[0].length]);
		}
	}
	spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const span of spans) {
		const last = merged[merged.length - 1];
		if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
		else merged.push([span[0], span[1]]);
	}
	return merged;
}
