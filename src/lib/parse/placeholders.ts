/** What a template left unfilled. */
export interface Placeholders {
	/** Year placeholders as written: xxxx年, 20xx年, 201X年, ****年, 20**年, X年, 20-年. */
	years: string[];
	/** Name placeholders as written: xx区, x县, ***. */
	names: string[];
}

const YEAR_PLACEHOLDER =
	/(?<![A-Za-z0-9])(?:[xXｘＸ]{1,4}|20\d?[xXｘＸ]{1,2}|\*{2,4}|20\*{1,2}|20-)(?=\s*年)/g;
/** A year that a template left empty: 卫生健康局年上半年工作总结. */
const EMPTY_YEAR = /[局委](?=年(?:上半年|下半年|度|工作|普法))/;
const NAME_PLACEHOLDER =
	/(?<![A-Za-z])[xXｘＸ]{1,5}(?=[省市区县镇乡村局委])|\*{3,}(?!\s*年)|(?<!\*)\*{2}(?=[省市区县镇乡村局委])/g;

/**
 * Finds template placeholders in a text.
 * @param text a title or body
 * @returns distinct placeholders, in order of first appearance
 */
export function findPlaceholders(text: string): Placeholders {
	const distinct = (
		matches: IterableIterator<RegExpMatchArray>,
		suffix: (match: RegExpMatchArray) => string,
	) => [...new Set([...matches].map(suffix))];
	return {
		years: [
			...distinct(text.matchAll(YEAR_PLACEHOLDER), (match) => `${match[0]}年`),
			...(EMPTY_YEAR.test(text) ? ['（空缺）年'] : []),
		],
		names: distinct(text.matchAll(NAME_PLACEHOLDER), (match) =>
			/^\*{3,}/.test(match[0])
				? match[0]
				: `${match[0]}${text[(match.index ?? 0) + match[0].length]}`,
		),
	};
}
