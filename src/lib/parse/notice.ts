import { isTitleLine } from './titles.ts';
import type { SourceLine } from './types.ts';

/** A document split into its notice wrapper, its own title and its body. */
export interface DocumentFrame {
	/** The notice title (关于印发…的通知), or null when there is no notice. */
	noticeTitle: SourceLine | null;
	/** The notice's lines after its title: addressees, body, signature, date. */
	noticeLines: SourceLine[];
	/** Lines before the notice title that repeat it (the page title), for the report. */
	repeatedTitles: SourceLine[];
	/** Other lines before the notice title; they are kept in front of the notice text. */
	preamble: SourceLine[];
	/** The document's own title line, or null when none was found. */
	title: SourceLine | null;
	/** Lines after the title. */
	body: SourceLine[];
}

const NOTICE_TITLE = /^.{0,60}关于.{2,80}的?(?:通知|通报|函)$/;
/** How far into the text a notice title or a document title may start. */
const HEAD_LINES = 8;
/** How long a notice may be before the document's title must appear. */
const NOTICE_LINES = 20;

/** The quoted document name of a notice title: 关于印发《2019年…要点》的通知 → 2019年…要点. */
function quotedName(noticeTitle: string): string | null {
	return (
		/《([^》]+)》/.exec(noticeTitle)?.[1] ?? /关于印发(.+?)的通知$/.exec(noticeTitle)?.[1] ?? null
	);
}

/**
 * Finds the frame of a document: a notice wrapper (关于印发…的通知 with addressees, signature and
 * date) if there is one, the document's own title, and the body. The title is the line that
 * repeats the name quoted in the notice title, or the first title-like line.
 * @param lines content lines (no chrome, no metadata, no blank lines)
 * @returns the frame
 */
export function findDocumentFrame(lines: readonly SourceLine[]): DocumentFrame {
	const head = lines.slice(0, HEAD_LINES);
	const noticeAt = head.findIndex(
		(line) => NOTICE_TITLE.test(line.text) && !/[。；]/.test(line.text),
	);
	if (noticeAt >= 0) {
		// A page repeats the notice title above the document: keep the last copy, report the others.
		let start = noticeAt;
		const repeatedTitles: SourceLine[] = [];
		for (let index = noticeAt + 1; index < Math.min(lines.length, noticeAt + 6); index++) {
			if (lines[index].text === lines[noticeAt].text) {
				repeatedTitles.push(lines[start]);
				start = index;
			}
		}
		const name = quotedName(lines[start].text);
		const window = lines.slice(start + 1, start + 1 + NOTICE_LINES);
		let titleAt = window.findIndex((line) => name !== null && line.text === name);
		if (titleAt < 0)
			titleAt = window.findIndex((line) => isTitleLine(line.text) && !/[:：]$/.test(line.text));
		if (titleAt >= 0) {
			const title = window[titleAt];
			return {
				noticeTitle: lines[start],
				noticeLines: window.slice(0, titleAt),
				repeatedTitles: [
					...lines.slice(0, noticeAt).filter((line) => line.text === lines[start].text),
					...repeatedTitles,
				],
				preamble: lines.slice(0, start).filter((line) => line.text !== lines[start].text),
				title,
				body: lines.slice(start + 1 + titleAt + 1),
			};
		}
	}
	const titleAt = head.findIndex((line) => isTitleLine(line.text));
	// Only lines before the title that are themselves short headings may precede it; a paragraph
	// before the first title-like line means the text has no title of its own.
	if (titleAt >= 0 && head.slice(0, titleAt).every((line) => line.text.length <= 30)) {
		return {
			noticeTitle: null,
			noticeLines: [],
			repeatedTitles: [],
			preamble: [],
			title: head[titleAt],
			body: [...lines.slice(0, titleAt), ...lines.slice(titleAt + 1)],
		};
	}
	return {
		noticeTitle: null,
		noticeLines: [],
		repeatedTitles: [],
		preamble: [],
		title: null,
		body: [...lines],
	};
}
