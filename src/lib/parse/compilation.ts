import { isTitleLine } from './titles.ts';
import type { SourceLine } from './types.ts';

/**
 * A compilation title of a template site: 县卫生健康局工作总结和工作思路(实用14篇), …范文精选,
 * …汇编.
 */
const COMPILATION_TITLE = /[（(][^）)]{0,6}\d+\s*篇[）)]\s*$|(?:精选|汇编|范文)\S{0,6}$|\d+篇$/;

/**
 * Tells whether a title announces a compilation of several documents.
 * @param title the first title of the text
 * @returns the number of parts it announces (14 for “实用14篇”), 0 when unknown, null when it is
 *   not a compilation title
 */
export function readCompilationTitle(title: string): number | null {
	if (!COMPILATION_TITLE.test(title)) return null;
	const count = /(\d+)\s*篇/.exec(title);
	return count ? Number(count[1]) : 0;
}

/** One document of a compilation. */
export interface CompilationPart {
	/** The part's title line. */
	title: SourceLine;
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
	return isTitleLine(text) && text.length <= 40 && /总结|计划|思路|要点|规划|打算/.test(text);
}

/**
 * Splits the lines of a compilation at its part titles.
 * @param lines the lines after the compilation title (chrome already removed)
 * @returns the lines before the first part (the site's introduction) and the parts
 */
export function splitCompilation(lines: readonly SourceLine[]): {
	intro: SourceLine[];
	parts: CompilationPart[];
} {
	const intro: SourceLine[] = [];
	const parts: CompilationPart[] = [];
	for (const line of lines) {
		if (isPartTitle(line.text)) parts.push({ title: line, lines: [] });
		else if (parts.length === 0) intro.push(line);
		else parts[parts.length - 1].lines.push(line);
	}
	return { intro, parts };
}
