import { readUnit } from './units.ts';

/** One value as written: a number (or a range of two) and its unit. */
export interface Quantity {
	/** The number, or the lower end of a range. */
	value: number;
	/** The upper end of a range (80%—90%), otherwise null. */
	valueMax: number | null;
	/** The normalised unit, or null when none is written (and none can be borrowed). */
	unit: string | null;
	/** Offset of the first digit. */
	start: number;
	/** Offset just after the unit (or the number when there is none). */
	end: number;
}

/**
 * Values written side by side that share one comparator: a single value, or a list such as
 * “9.5/10万、4‰和5‰” (the comparator before or after the list applies to each).
 */
export interface QuantityGroup {
	/** The values in order; at least one. */
	values: Quantity[];
	/** Offset of the first value. */
	start: number;
	/** Offset just after the last value's unit. */
	end: number;
}

/** Digits as written, full-width ones included (they have the same length as ASCII digits). */
const NUMBER_RE = /[0-9０-９]+(?:[.．][0-9０-９]+)?/y;
const NUMBER_SEARCH = /[0-9０-９]/g;
const RANGE_SEPARATOR = /\s*(?:—{1,2}|–|-|－|~|～|至|到)\s*/y;
const LIST_SEPARATOR = /\s*(?:、|以及|和|及|与|或)\s*/y;

function toNumber(written: string): number {
	return Number(written.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)).replace('．', '.'));
}

/** A number at `at`, with its unit and, when present, the other end of a range. */
function readQuantity(text: string, at: number): Quantity | null {
	NUMBER_RE.lastIndex = at;
	const number = NUMBER_RE.exec(text);
	if (!number) return null;
	const first = { value: toNumber(number[0]), end: at + number[0].length };
	const unit = readUnit(text, first.end);
	const afterFirst = unit ? unit.end : first.end;
	RANGE_SEPARATOR.lastIndex = afterFirst;
	const separator = RANGE_SEPARATOR.exec(text);
	if (separator) {
		NUMBER_RE.lastIndex = afterFirst + separator[0].length;
		const second = NUMBER_RE.exec(text);
		if (second) {
			const secondEnd = NUMBER_RE.lastIndex;
			const secondUnit = readUnit(text, secondEnd);
			// A range needs a unit at its upper end, and the same unit at the lower end if any.
			if (secondUnit && (!unit || unit.unit === secondUnit.unit)) {
				return {
					value: first.value,
					valueMax: toNumber(second[0]),
					unit: secondUnit.unit,
					start: at,
					end: secondUnit.end,
				};
			}
		}
	}
	return { value: first.value, valueMax: null, unit: unit?.unit ?? null, start: at, end: afterFirst };
}

/**
 * Finds every written value and groups lists that share a comparator. Numbers inside the
 * `skip` spans (dates, 文号, 索引号 …) are left out, and a number that is part of a unit
 * (the 10 of /10万) is never read on its own.
 * @param text the searched text
 * @param skip sorted [start, end) spans to leave out
 * @returns the groups in document order; values without a unit keep `unit: null`
 */
export function findQuantityGroups(text: string, skip: ReadonlyArray<readonly [number, number]>): QuantityGroup[] {
	const groups: QuantityGroup[] = [];
	let skipIndex = 0;
	const skipped = (start: number, end: number) => {
		while (skipIndex < skip.length && skip[skipIndex][1] <= start) skipIndex += 1;
		return skipIndex < skip.length && skip[skipIndex][0] < end;
	};
	NUMBER_SEARCH.lastIndex = 0;
	for (let found = NUMBER_SEARCH.exec(text); found; found = NUMBER_SEARCH.exec(text)) {
		const at = found.index;
		// A digit right after a letter, a digit or a decimal point belongs to something else.
		if (at > 0 && /[0-9０-９.．A-Za-z]/.test(text[at - 1])) continue;
		const first = readQuantity(text, at);
		if (!first) continue;
		NUMBER_SEARCH.lastIndex = first.end;
		if (skipped(first.start, first.end)) continue;
		const values = [first];
		let end = first.end;
		for (;;) {
			LIST_SEPARATOR.lastIndex = end;
			const separator = LIST_SEPARATOR.exec(text);
			if (!separator) break;
			const next = readQuantity(text, end + separator[0].length);
			if (!next || skipped(next.start, next.end)) break;
			values.push(next);
			end = next.end;
		}
		// A list may write the unit once, at its end (25、17、27%): earlier values borrow it.
		for (let index = values.length - 2; index >= 0; index -= 1) {
			if (values[index].unit === null) values[index].unit = values[index + 1].unit;
		}
		NUMBER_SEARCH.lastIndex = end;
		groups.push({ values, start: first.start, end });
	}
	return groups;
}
