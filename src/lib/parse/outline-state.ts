import type { Marker, MarkerFamily } from './markers.ts';

/** The deepest outline level: level 5 is `######`, the last Markdown heading. */
export const MAX_LEVEL = 5;

/**
 * Where the outline stands while a document is read: which family owns which level (in the order
 * families first appear, the usual convention), the open headings, and the last value seen of
 * each family (for items numbered continuously across sections, （六） under 二、).
 */
export interface OutlineState {
	readonly levels: readonly MarkerFamily[];
	readonly stack: ReadonlyArray<{ family: MarkerFamily; value: number }>;
	readonly last: Readonly<Partial<Record<MarkerFamily, number>>>;
}

/** The state before the first marker. */
export const EMPTY_OUTLINE: OutlineState = { levels: [], stack: [], last: {} };

/** What entering a marker did. */
export interface MarkerStep {
	state: OutlineState;
	/** Outline level of the marker's heading, 1 for `##`. */
	level: number;
	/** gap: a value was skipped; restart: the family started again under the same parent. */
	issue: 'gap' | 'restart' | null;
}

/**
 * Tells whether a marker is the one expected next: the next value of an open family (its level
 * or an ancestor's), or the first value (or the continued value) of a family that is not open.
 * Inline markers must pass this test, so that 82.8岁 or a stray (2) inside a sentence is never a
 * heading.
 * @param state the outline so far
 * @param marker a candidate marker
 * @returns true when the marker continues the numbering
 */
export function isExpectedMarker(state: OutlineState, marker: Marker): boolean {
	const open = state.stack.findIndex((entry) => entry.family === marker.family);
	if (open >= 0) return marker.value === state.stack[open].value + 1;
	if (!state.levels.includes(marker.family))
		return marker.value === 1 && state.levels.length < MAX_LEVEL;
	return marker.value === 1 || marker.value === (state.last[marker.family] ?? 0) + 1;
}

/**
 * Tells whether a marker can become a heading at all: its family has a level or a level is free.
 * @param state the outline so far
 * @param marker a marker
 * @returns false when the document already uses five other families
 */
export function canEnterMarker(state: OutlineState, marker: Marker): boolean {
	return state.levels.includes(marker.family) || state.levels.length < MAX_LEVEL;
}

/**
 * Enters a marker as a heading. A family gets its rank on first appearance; the heading closes
 * the open headings of its own or a deeper rank and sits one level below what stays open. So a
 * source that skips a level (1. directly under (一) while 一、 ranks between them) gives `###`
 * under `##`, never a jump from `##` to `####`, which Markdown outlines and the site reject.
 * @param state the outline so far (must satisfy {@link canEnterMarker})
 * @param marker the marker
 * @returns the new state, the heading's level and any numbering issue
 */
export function enterMarker(state: OutlineState, marker: Marker): MarkerStep {
	const levels = state.levels.includes(marker.family)
		? state.levels
		: [...state.levels, marker.family];
	const rank = (family: MarkerFamily) => levels.indexOf(family);
	const open = state.stack.findIndex((entry) => entry.family === marker.family);
	const sibling = open >= 0 ? state.stack[open] : undefined;
	const ancestors =
		open >= 0
			? state.stack.slice(0, open)
			: state.stack.filter((entry) => rank(entry.family) < rank(marker.family));
	let issue: MarkerStep['issue'] = null;
	if (sibling) {
		if (marker.value <= sibling.value) issue = 'restart';
		else if (marker.value !== sibling.value + 1) issue = 'gap';
	} else if (marker.value !== 1 && marker.value !== (state.last[marker.family] ?? 0) + 1) {
		issue = 'gap';
	}
	return {
		state: {
			levels,
			stack: [...ancestors, { family: marker.family, value: marker.value }],
			last: { ...state.last, [marker.family]: marker.value },
		},
		level: ancestors.length + 1,
		issue,
	};
}
