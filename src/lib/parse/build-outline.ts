import { EMPTY_OUTLINE } from './outline-state.ts';
import { splitLineAtMarkers } from './split-inline.ts';
import { cutItemTitle } from './title-cut.ts';
import type { OutlineBlock, SourceLine } from './types.ts';

/** A body as an outline, with what the numbering and titles looked like. */
export interface BuiltOutline {
	blocks: OutlineBlock[];
	/** Headings whose title cut is a guess (marker + title), for the title-cut-guessed flag. */
	guessedTitles: string[];
	/** Markers that skipped a number. */
	gaps: string[];
	/** Markers that started their family again under the same parent. */
	restarts: string[];
}

/**
 * Turns body lines into outline blocks: each numbered item becomes a heading with its title cut
 * from the leading clause and the rest of its text as a paragraph; other lines stay paragraphs.
 * 一是…二是… enumerations are not markers and stay inside their paragraphs.
 * @param lines the body lines, in order (blank lines already removed)
 * @returns the blocks and the numbering and title problems found
 */
export function buildOutline(lines: readonly SourceLine[]): BuiltOutline {
	const result: BuiltOutline = { blocks: [], guessedTitles: [], gaps: [], restarts: [] };
	let state = EMPTY_OUTLINE;
	for (const line of lines) {
		const split = splitLineAtMarkers(line.text, state);
		state = split.state;
		for (const piece of split.pieces) {
			if (!piece.marker) {
				result.blocks.push({ type: 'paragraph', text: piece.text, line: line.no });
				continue;
			}
			// Keep the marker as written; a space the source put after it (第一部分 总则) stays one space.
			const spaced = /\s$/.test(piece.marker.raw) && !/[、，.．）)]\s*$/.test(piece.marker.raw);
			const marker = { ...piece.marker, raw: `${piece.marker.raw.trim()}${spaced ? ' ' : ''}` };
			const cut = cutItemTitle(piece.text);
			result.blocks.push({
				type: 'heading',
				level: piece.level,
				marker,
				title: cut.title,
				line: line.no,
			});
			if (cut.rest !== '') result.blocks.push({ type: 'paragraph', text: cut.rest, line: line.no });
			const label = `${marker.raw.trim()}${cut.title}`;
			if (cut.guessed) result.guessedTitles.push(label);
			if (piece.issue === 'gap') result.gaps.push(`第${line.no}行“${marker.raw.trim()}”`);
			if (piece.issue === 'restart') result.restarts.push(`第${line.no}行“${marker.raw.trim()}”`);
		}
	}
	return result;
}
