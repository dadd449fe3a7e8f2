import type { Removal, SourceLine } from './types.ts';

/** Characters that carry no text: C0 controls (except tab), DEL and the Unicode replacement character. */
const GARBLED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]+/g;

/** Invisible formatting characters that web pages leave behind; they are dropped silently. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Spaces that copy-paste from web pages produces (no-break, ideographic, tab) become one kind. */
const ODD_SPACES = /[\u00a0\u3000\t]/g;

/**
 * Cleans one raw line the way the importer reads it: no characters that cannot be text, no
 * invisible formatting characters, one kind of space, trimmed. Removals record fragments of lines
 * cleaned like this, so whoever matches them against the raw text must clean it the same way.
 * @param line one line of the raw text
 * @returns the cleaned line
 */
export function cleanLine(line: string): string {
	return line.replace(GARBLED, '').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').trim();
}

/**
 * Splits a raw text into trimmed lines, whatever its line endings, byte-order mark or binary noise.
 * Characters that cannot be text are removed and returned as removals, so nothing disappears
 * without a trace in the report.
 * @param raw the text as copied from a web page
 * @returns the lines with their 1-based raw line numbers, and the garbled fragments removed
 */
export function normaliseText(raw: string): { lines: SourceLine[]; removals: Removal[] } {
	const removals: Removal[] = [];
	const lines = String(raw ?? '')
		.split(/\r\n|\r|\n|\u2028|\u2029/)
		.map((line, index): SourceLine => {
			const garbled = line.match(GARBLED);
			if (garbled) {
				removals.push({
					line: index + 1,
					kind: 'garbled',
					text: garbled.join(''),
					wholeLine: false,
					reason: '无法识别的控制字符或乱码',
				});
			}
			return { no: index + 1, text: cleanLine(line) };
		});
	return { lines, removals };
}
