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
 * permalink survives edits to the text. The path holds the marker value of the heading and of
 * each enclosing heading: the 3rd （三） under 二、 is `s2-3`. Items numbered continuously across
 * sections keep their own value (（六） under 二、 → `s2-6`). Unnumbered headings get `h<n>` in
 * document order. A repeated id gets a `-dup<n>` suffix so that ids stay unique; the content
 * check reports it.
 * @param headings the outline's headings in document order
 * @returns one anchor per heading, in the same order
 */
export function assignItemIds(headings: readonly OutlineHeading[]): ItemAnchor[] {
	const path: Array<number | undefined> = [];
	const seen = new Map<string, number>();
	let unnumbered = 0;
	return headings.map(({ depth, text }) => {
		const level = Math.max(1, depth - OUTLINE_TOP_DEPTH + 1);
		const marker = parseMarker(text.trim());
		path.length = level;
		path[level - 1] = marker?.value;
		let id = marker
			? `s${path.filter((value) => value !== undefined).join('-')}`
			: `h${++unnumbered}`;
		const count = seen.get(id) ?? 0;
		seen.set(id, count + 1);
		if (count > 0) id = `${id}-dup${count + 1}`;
		return { id, marker, level };
	});
}
