import { parseChineseNumeral } from './markers.ts';
import { isTitleLine } from './titles.ts';
import type { SourceLine } from './types.ts';

/** A count of parts: 14, or 十五 in words. */
const COUNT = '(?:\\d+|[一二三四五六七八九十百两]+)';

/**
 * A compilation title of a template site: 县卫生健康局工作总结和工作思路(实用14篇),
 * …工作总结(十五篇), …范文精选, …汇编, 公共卫生自查报告(精). A title that merely ends in 范文
 * (…工作计划范文) names one model essay, not a compilation.
 */
const COMPILATION_TITLE = new RegExp(
	`[（(][^）)]{0,6}${COUNT}\\s*篇[）)]\\s*$|(?:精选|汇编|大全|合集)\\S{0,6}$|\\d+篇$|[（(]精选?[）)]$`,
);

/**
 * The words by which a title announces a compilation, as written: 实用14篇, 十五篇, 精选, 汇编, 精.
 * @param title a title
 * @returns the words without brackets, or null when the title does not announce a compilation
 */
export function compilationMark(title: string): string | null {
	const match = COMPILATION_TITLE.exec(title);
	if (!match) return null;
	const words = match[0].replace(/[（()）]/g, '').trim();
	// (精) says little without its brackets.
	return words.length > 1 ? words : match[0].trim();
}

/**
 * Tells whether a title announces a compilation of several documents.
 * @param title the first title of the text
 * @returns the number of parts it announces (14 for “实用14篇”, 15 for “十五篇”), 0 when unknown,
 *   null when it is not a compilation title
 */
export function readCompilationTitle(title: string): number | null {
	if (!COMPILATION_TITLE.test(title)) return null;
	const count = new RegExp(`(${COUNT})\\s*篇`).exec(title);
	if (!count) return 0;
	return /^\d+$/.test(count[1]) ? Number(count[1]) : (parseChineseNumeral(count[1]) ?? 0);
}

/** A site's part number in front of a part title: 第1篇, 第十五篇. */
const PART_NUMBER = new RegExp(`^第\\s*${COUNT}\\s*篇\\s*`);

/**
 * The part number a template site puts in front of a part's title: 第1篇 2023年卫生局上半年工作总结,
 * 篇一：…工作计划. Official plans number their own parts in words (第一篇 发展基础, a heading of
 * markers.ts), which never counts.
 * @param text a trimmed line
 * @returns the part number as written (第1篇, 篇一), or null when the line is not a numbered part title
 */
export function sitePartNumber(text: string): string | null {
	const match = /^(?:第\s*\d+\s*篇|篇[一二三四五六七八九十]+)/.exec(text);
	if (!match) return null;
	const rest = text.slice(match[0].length).replace(/^[\s：:、]+/, '');
	return isPartTitle(rest) ? match[0].replace(/\s+/g, '') : null;
}

/**
 * A part title as the site numbers it, cleaned: 第1篇 2023年卫生局上半年工作总结 1850字 and
 * 公共卫生自查报告1 are titles 2023年卫生局上半年工作总结 and 公共卫生自查报告.
 * @param text a line
 * @returns the title without the site's part number and word count
 */
export function partTitleText(text: string): string {
	return text
		.replace(PART_NUMBER, '')
		.replace(/\s*\d+\s*字$/, '')
		.replace(/(?<=[\p{Script=Han}])\s*\d{1,2}$/u, '')
		.trim();
}

/** One document of a compilation. */
export interface CompilationPart {
	/** The part's title line. */
	title: SourceLine;
	/** The part's title, cleaned of the site's numbering ({@link partTitleText}). */
	titleText: string;
	/** The lines of the part after its title. */
	lines: SourceLine[];
}

/**
 * Tells whether a line is the title of a part of a compilation: title-like, short, and naming a
 * kind of document (工作总结, 工作计划, 工作思路 …).
 * @param text a trimmed line
 * @returns true for a part title
 */
export function isPartTitle(text: string): boolean {
	const title = partTitleText(text);
	return (
		isTitleLine(title) && title.length <= 40 && /总结|计划|思路|要点|规划|打算|报告|汇报/.test(title)
	);
}

/**
 * Splits the lines of a compilation at its part titles.
 * @param lines the lines after the compilation title (chrome already removed)
 * @returns the lines before the first part (the site's introduction), the parts and repeated
 *   part titles
 */
export function splitCompilation(lines: readonly SourceLine[]): {
	intro: SourceLine[];
	parts: CompilationPart[];
	/** Part titles printed twice in a row; the second copy is kept as the part's title. */
	repeated: SourceLine[];
} {
	const intro: SourceLine[] = [];
	const repeated: SourceLine[] = [];
	const parts: CompilationPart[] = [];
	for (const line of lines) {
		if (isPartTitle(line.text)) {
			const titleText = partTitleText(line.text);
			const previous = parts[parts.length - 1];
			// The site prints a part's title, then its numbered title (第1篇 …): one part.
			if (previous && previous.lines.length === 0 && previous.titleText === titleText) {
				repeated.push(previous.title);
				parts.pop();
			}
			parts.push({ title: line, titleText, lines: [] });
		} else if (parts.length === 0) intro.push(line);
		else parts[parts.length - 1].lines.push(line);
	}
	return { intro, parts, repeated };
}
