import { parseMarker, type Marker } from './parse/markers.ts';

/** A heading of a plan's Markdown outline, as the anchor logic needs it. */
export interface OutlineHeading {
	/** Markdown heading depth: 2 (##) is the outline's first level, 6 its fifth. */
	depth: number;
	/** The heading's plain text, starting with its original marker (“（三）…”). */
	text: string;
}

/** The anchor of one heading. */
export interface ItemAnchor {
	/** Anchor id derived from the numbering path, e.g. `s2-3-1`; `h1`, `h2` … for unnumbered headings. */
	id: string;
	/** The marker of the heading, or null when it has none. */
	marker: Marker | null;
	/** Outline level, 1 for `##`. */
	level: number;
}

/** The first heading depth of the outline: `#` is the page title. */
export const OUTLINE_TOP_DEPTH = 2;

/**
 * Derives every heading's anchor from the numbering path, never from the wording, so that a
 * permalink survives edits to the text. An id is its parent's id plus the heading's marker value:
 * the （三） under 二、 is `s2-3`. Items numbered continuously across sections keep their own
 * value (（六） under 二、 → `s2-6`). When the source numbers a level again from the start under
 * the same parent (a summary's 上半年 and 下半年 parts both count （一）（二）…), the repeated
 * number gets a run suffix: the second （一） is `s1r2`, its 1. is `s1r2-1`. Unnumbered headings
 * get `h1`, `h2` … in document order.
 * @param headings the outline's headings in document order
 * @returns one anchor per heading, in the same order
 */
export function assignItemIds(headings: readonly OutlineHeading[]): ItemAnchor[] {
	const ancestors: { level: number; id: string }[] = [];
	const used = new Set<string>();
	let unnumbered = 0;
	return headings.map(({ depth, text }) => {
		const level = Math.max(1, depth - OUTLINE_TOP_DEPTH + 1);
		const marker = parseMarker(text.trim());
		while (ancestors.length && ancestors[ancestors.length - 1].level >= level) ancestors.pop();
		const parent = ancestors.findLast((ancestor) => ancestor.id.startsWith('s'));
		let id: string;
		if (marker) {
			const base = parent ? `${parent.id}-${marker.value}` : `s${marker.value}`;
			id = base;
			for (let run = 2; used.has(id); run++) id = `${base}r${run}`;
		} else {
			id = `h${++unnumbered}`;
		}
		used.add(id);
		ancestors.push({ level, id });
		return { id, marker, level };
	});
}
