import { cleanLine } from './normalise.ts';
import type { Removal } from './types.ts';

/** Characters the coverage measure counts: Han characters and digits (half- and full-width). */
const COUNTED = /[\p{Script=Han}0-9０-９]/u;

/** A run of source characters missing from the output. */
export interface MissingRun {
	/** Position of the run among the counted characters of the source. */
	offset: number;
	/** The missing characters. */
	text: string;
	/** Counted characters just before the run in the source, to find it. */
	before: string;
}

/** Result of {@link measureCoverage}. */
export interface Coverage {
	/** Counted characters in the source. */
	total: number;
	/** How many of them appear in the output, in order. */
	matched: number;
	missing: MissingRun[];
}

/** How far ahead the walk looks to re-synchronise after a difference. */
const WINDOW = 20000;
/** How many characters must agree to re-synchronise, so that a common character cannot. */
const ANCHOR = 6;
/** How close a lone character may be found when no run agrees. */
const NEAR = 200;

function counted(text: string): string[] {
	return [...text].filter((char) => COUNTED.test(char));
}

/** Tells whether every character of `wanted` occurs in `found` in order. */
function isSubsequence(wanted: readonly string[], found: readonly string[]): boolean {
	let cursor = 0;
	for (const char of wanted) {
		while (cursor < found.length && found[cursor] !== char) cursor++;
		if (cursor === found.length) return false;
		cursor++;
	}
	return true;
}

/** Tells whether `found` holds `wanted[from…from+length)` at `at`. */
function agrees(
	wanted: string[],
	from: number,
	found: string[],
	at: number,
	length: number,
): boolean {
	for (let offset = 0; offset < length; offset++) {
		if (found[at + offset] !== wanted[from + offset]) return false;
	}
	return true;
}

/**
 * Finds where the output continues the source at `index`: the next place where the following
 * characters agree (six, or as many as are left), else the same character close ahead.
 */
function resynchronise(wanted: string[], index: number, found: string[], cursor: number): number {
	const length = Math.min(ANCHOR, wanted.length - index);
	const limit = Math.min(found.length, cursor + WINDOW);
	for (let at = cursor; at < limit; at++) {
		if (agrees(wanted, index, found, at, length)) return at;
	}
	const near = found.indexOf(wanted[index], cursor);
	return near >= 0 && near - cursor <= NEAR ? near : -1;
}

/**
 * Measures how much of a source text survives in an output, in order: every Han character and
 * digit of the source is looked for in the output as a subsequence. Extra output (front matter,
 * Markdown syntax) costs nothing; a source character that cannot be found is missing. After a
 * difference the walk re-synchronises on the next run of six agreeing characters, so that one lost
 * character does not make the rest look lost.
 * @param source the source text (already without the parts the report lists as removed)
 * @param output the output text (Markdown or rendered page text)
 * @returns total and matched counts and the missing runs
 */
export function measureCoverage(source: string, output: string): Coverage {
	const wanted = counted(source);
	const found = counted(output);
	// Earliest-match greedy decides exactly whether the source is a subsequence; only when it is
	// not does the re-synchronising walk below estimate which characters are missing.
	if (isSubsequence(wanted, found))
		return { total: wanted.length, matched: wanted.length, missing: [] };
	const missing: MissingRun[] = [];
	let matched = 0;
	let cursor = 0;
	const miss = (index: number) => {
		const last = missing.at(-1);
		if (last && last.offset + last.text.length === index) last.text += wanted[index];
		else
			missing.push({
				offset: index,
				text: wanted[index],
				before: wanted.slice(Math.max(0, index - 8), index).join(''),
			});
	};
	for (let index = 0; index < wanted.length; index++) {
		if (found[cursor] === wanted[index]) {
			matched++;
			cursor++;
			continue;
		}
		const next = resynchronise(wanted, index, found, cursor);
		if (next < 0) {
			miss(index);
			continue;
		}
		matched++;
		cursor = next + 1;
	}
	return { total: wanted.length, matched, missing };
}

/**
 * Takes out of a raw text what the import report lists as removed (whole lines and fragments), so
 * that the rest can be measured against the output with {@link measureCoverage}.
 * @param raw the raw text as imported
 * @param removals the report's removals
 * @returns the raw text without them
 */
export function stripReportedRemovals(raw: string, removals: readonly Removal[]): string {
	const lines = String(raw ?? '').split(/\r\n|\r|\n|\u2028|\u2029/);
	const dropped = new Set<number>();
	for (const removal of removals) {
		const index = removal.line - 1;
		if (index < 0 || index >= lines.length) continue;
		if (removal.wholeLine) dropped.add(index);
		// A fragment was cut from the cleaned line (a spam phrase may have had a zero-width space in it).
		else lines[index] = cleanLine(lines[index]).replace(removal.text, '');
	}
	return lines.filter((_, index) => !dropped.has(index)).join('\n');
}
