import { parseMarker, type Marker } from './markers.ts';
import {
	canEnterMarker,
	enterMarker,
	isExpectedMarker,
	type OutlineState,
} from './outline-state.ts';

/** A piece of a line: text that starts with an accepted marker, or plain text. */
export interface LinePiece {
	marker: Marker | null;
	/** Outline level when marker is set. */
	level: number;
	/** The text after the marker (or the whole piece), trimmed. */
	text: string;
	issue: 'gap' | 'restart' | null;
}

/**
 * Splits a line at its numbering markers. A marker at the start of the line is taken whenever
 * its family can have a level (sources do skip and restart numbers; that is flagged, not hidden).
 * A marker inside the line is taken only after whitespace and only when it is the one expected
 * next (see {@link isExpectedMarker}): that is how a whole plan pasted on one line (四 levels,
 * 一、 (一) 1. (1)) is split, while 82.8岁, 9.0%, 2025-01145, (2016-2020年) and 1+X stay text.
 * @param text a trimmed line
 * @param state the outline before the line
 * @returns the pieces in order and the outline after the line
 */
export function splitLineAtMarkers(
	text: string,
	state: OutlineState,
): { pieces: LinePiece[]; state: OutlineState } {
	const pieces: LinePiece[] = [];
	let current = state;
	let start = 0;
	let open: Omit<LinePiece, 'text'> = { marker: null, level: 0, issue: null };
	const close = (end: number) => {
		const pieceText = text.slice(start, end).trim();
		if (open.marker || pieceText !== '') pieces.push({ ...open, text: pieceText });
	};
	const take = (at: number, marker: Marker) => {
		const step = enterMarker(current, marker);
		current = step.state;
		open = { marker, level: step.level, issue: step.issue };
		start = at + marker.raw.length;
	};
	const first = parseMarker(text);
	if (first && canEnterMarker(current, first)) take(0, first);
	for (const match of text.matchAll(/\s+/g)) {
		const at = match.index + match[0].length;
		if (at <= start || at >= text.length) continue;
		const marker = parseMarker(text.slice(at));
		if (!marker || !isExpectedMarker(current, marker)) continue;
		close(match.index);
		take(at, marker);
	}
	close(text.length);
	return { pieces, state: current };
}
