import { partTitleText } from './compilation.ts';
import { parseDate } from './dates.ts';
import { splitTitleDocNumber } from './doc-number.ts';
import { parseMarker } from './markers.ts';
import { splitGluedTitle } from './glued-title.ts';
import { cleanTitle, isTitleLine } from './titles.ts';
import { foldTraditional } from './traditional.ts';
import type { SourceLine } from './types.ts';

/** Where a document's title was found. */
export type TitleSource =
	/** The document's own heading, named by the notice that issues it. */
	| 'notice'
	/** The 名称/标题 cell of a disclosure table. */
	| 'table'
	/** A title-like line at the top (…工作总结, …工作要点). */
	| 'line'
	/** The line just above the page's byline or disclosure rows (a news headline). */
	| 'headline'
	/** The front of a line that runs on into the body. */
	| 'glued'
	/** A document-sharing site's file name (《….docx》由会员分享). */
	| 'shared-file'
	/** The name the opening quotes (现将《…》印发给你们, 现形成《…》). */
	| 'quote';

/** A document split into its notice wrapper, its own title and its body. */
export interface DocumentFrame {
	/** The notice title's first line (关于印发…的通知), or null when there is no notice. */
	noticeTitle: SourceLine | null;
	/** All lines of the notice title, which a page may break over two or three lines. */
	noticeTitleLines: SourceLine[];
	/** The notice title as one text. */
	noticeTitleText: string | null;
	/** The notice's lines after its title: addressees, body, signature, date. */
	noticeLines: SourceLine[];
	/** Lines that repeat a title (the page title above a notice, a heading printed twice). */
	repeatedTitles: SourceLine[];
	/** Titles repeated at the front of a body line, cut from it. */
	repeatedPrefixes: Array<{ line: SourceLine; text: string }>;
	/** Other lines before the notice title; they are kept in front of the notice text. */
	preamble: SourceLine[];
	/** The lines of the document's own title (one, or two when the page broke it). */
	titleLines: SourceLine[];
	/** The title for front matter, or null when none was found. */
	titleText: string | null;
	/** Where the title came from. */
	titleFrom: TitleSource | null;
	/** A title cut from the front of a line that runs on into the body. */
	gluedTitle: { line: SourceLine; text: string } | null;
	/** A document number found in parentheses after the title. */
	titleDocNo: string | null;
	/** The raw line the title was read from when it is not a title line (a quoting sentence). */
	titleSourceLine: number | null;
	/** Lines after the title. */
	body: SourceLine[];
}

/** What the line classifier learnt that helps to find the title. */
export interface FrameHints {
	/** The title a disclosure table gives (名称, 标题). */
	metadataTitle?: string | null;
	/** Raw line numbers of disclosure rows and bylines, to find the headline above them. */
	bylineLines?: readonly number[];
	/** File names of shared documents (《….docx》由会员分享), extension removed. */
	sharedFileTitles?: readonly string[];
}

const NOTICE_TITLE = /^.{0,60}关于.{2,80}的?(?:通知|通报|函)$/;
const NOTICE_END = /(?:通知|通报|函)$/;
/** A line that is only the issuers' names, above the rest of a broken notice title. */
const ISSUER_LINE = /^[^，,。；;：:《》]{2,40}(?:委员会|委|局|厅|办公室|办|政府|中心|院)$/;
/** Notices that issue a document; others (关于召开…的通知) are documents themselves. */
const ISSUING = /印发|下发|转发|颁发/;
/** How far into the text a notice title or a document title may start. */
const HEAD_LINES = 8;
/** How long a notice may be before the document's title must appear. */
const NOTICE_LINES = 20;
/** How many lines a broken title may span. */
const MAX_PARTS = 3;

/** A text as a reader compares it: no spaces, one width of brackets, colons and dashes. */
export function comparable(text: string): string {
	return foldTraditional(text)
		.replace(/\s+/g, '')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.replace(/：/g, ':')
		.replace(/[-—–~－]/g, '-');
}

const joinText = (lines: readonly SourceLine[]) => lines.map((line) => line.text).join('');

/**
 * How many lines, from `index`, make one notice title (关于印发…的通知, possibly broken over
 * lines such as 赣州市人民政府办公厅 / 关于印发2015年全市深化医药卫生 / 体制改革下步工作要点的通知).
 */
function noticeParts(lines: readonly SourceLine[], index: number): number {
	for (let parts = 1; parts <= MAX_PARTS && index + parts <= lines.length; parts++) {
		const group = lines.slice(index, index + parts);
		const last = group[group.length - 1].text;
		if (last.length > 80 || /[。；;]/.test(last) || (parts > 1 && /[:：]$/.test(last))) return 0;
		if (parts > 1 && NOTICE_END.test(foldTraditional(group[parts - 2].text))) return 0;
		const joined = foldTraditional(joinText(group));
		// Lines before the one with 关于 can only be the issuer's name (赣州市人民政府办公厅).
		const about = group.findIndex((line) => foldTraditional(line.text).includes('关于'));
		const issuers = group.slice(0, Math.max(about, 0));
		if (!issuers.every((line) => ISSUER_LINE.test(foldTraditional(line.text)))) return 0;
		if (NOTICE_END.test(foldTraditional(last)) && NOTICE_TITLE.test(joined)) return parts;
	}
	return 0;
}

/** The quoted document name of a notice title: 关于印发《2019年…要点》的通知 → 2019年…要点. */
function quotedName(noticeTitle: string): string | null {
	const folded = foldTraditional(noticeTitle);
	const quoted = /《([^》]+)》/.exec(folded);
	const issued = /关于(?:印发|下发|转发|颁发)\s*(.+?)的通知$/.exec(folded);
	const match = quoted ?? issued;
	if (!match) return null;
	const start = (match.index ?? 0) + match[0].indexOf(match[1]);
	return noticeTitle.slice(start, start + match[1].length).trim();
}

/**
 * The body that issues a notice, named before 关于 in its title (赣州市人民政府办公厅关于印发…):
 * the first of several issuers when they issue it together.
 * @param noticeTitle a notice title
 * @returns the issuer, or null when the title does not name one
 */
export function noticeIssuer(noticeTitle: string | null): string | null {
	if (!noticeTitle) return null;
	const at = foldTraditional(noticeTitle).indexOf('关于');
	if (at <= 0) return null;
	const first = noticeTitle.slice(0, at).trim().split(/\s+/)[0];
	return /(?:委员会|委|局|厅|办公室|办|政府|中心|院)$/.test(foldTraditional(first)) ? first : null;
}

/** Finds `lines[from…]` (one or two lines) that read as `name`; returns how many lines, or 0. */
function linesReading(lines: readonly SourceLine[], from: number, name: string): number {
	const wanted = comparable(name);
	for (let parts = 1; parts <= 2 && from + parts <= lines.length; parts++) {
		if (comparable(joinText(lines.slice(from, from + parts))) === wanted) return parts;
	}
	return 0;
}

/** A frame with nothing found yet. */
function emptyFrame(lines: readonly SourceLine[]): DocumentFrame {
	return {
		noticeTitle: null,
		noticeTitleLines: [],
		noticeTitleText: null,
		noticeLines: [],
		repeatedTitles: [],
		repeatedPrefixes: [],
		preamble: [],
		titleLines: [],
		titleText: null,
		titleFrom: null,
		gluedTitle: null,
		titleDocNo: null,
		titleSourceLine: null,
		body: [...lines],
	};
}

/** Finds a notice wrapper and the document title it names. */
function noticeFrame(lines: readonly SourceLine[]): DocumentFrame | null {
	let start = -1;
	let parts = 0;
	for (let index = 0; index < Math.min(lines.length, HEAD_LINES); index++) {
		parts = noticeParts(lines, index);
		if (parts > 0) {
			start = index;
			break;
		}
	}
	if (start < 0) return null;
	let noticeText = joinText(lines.slice(start, start + parts));
	if (!ISSUING.test(foldTraditional(noticeText))) return null;
	// A page repeats the notice title above the document (whole, or with its issuer in front):
	// keep the last copy, report the others.
	const repeated: SourceLine[] = [];
	for (let index = start + parts; index < Math.min(lines.length, start + parts + 8); index++) {
		const copy = noticeParts(lines, index);
		if (copy === 0) continue;
		const text = comparable(joinText(lines.slice(index, index + copy)));
		const current = comparable(noticeText);
		if (text.endsWith(current) || current.endsWith(text)) {
			repeated.push(...lines.slice(start, start + parts));
			start = index;
			parts = copy;
			noticeText = joinText(lines.slice(start, start + parts));
			index += copy - 1;
		}
	}
	const name = quotedName(noticeText);
	const windowStart = start + parts;
	const window = lines.slice(windowStart, windowStart + NOTICE_LINES);
	let titleAt = -1;
	let titleParts = 0;
	if (name !== null) {
		for (let index = 0; index < window.length && titleAt < 0; index++) {
			const found = linesReading(window, index, name);
			if (found > 0) [titleAt, titleParts] = [index, found];
		}
	}
	if (titleAt < 0) {
		titleAt = window.findIndex((line) => isTitleLine(line.text) && !/[:：]$/.test(line.text));
		titleParts = titleAt < 0 ? 0 : 1;
	}
	const repeatedSet = new Set(repeated);
	const before = lines.slice(0, start);
	const frame = emptyFrame([]);
	frame.noticeTitle = lines[start];
	frame.noticeTitleLines = lines.slice(start, start + parts);
	frame.noticeTitleText = noticeText;
	frame.repeatedTitles = [
		...before.filter(
			(line) => !repeatedSet.has(line) && comparable(line.text) === comparable(noticeText),
		),
		...repeated,
	];
	const repeatedLines = new Set(frame.repeatedTitles);
	frame.preamble = before.filter((line) => !repeatedLines.has(line));
	if (titleAt >= 0) {
		frame.noticeLines = window.slice(0, titleAt);
		frame.titleLines = window.slice(titleAt, titleAt + titleParts);
		frame.titleText = cleanTitle(joinText(frame.titleLines));
		const named = name !== null && comparable(frame.titleText) === comparable(name);
		frame.titleFrom = named ? 'notice' : 'line';
		frame.body = lines.slice(windowStart + titleAt + titleParts);
	} else {
		// The page leaves out the document's own heading: the notice names it.
		frame.titleText = name;
		frame.titleFrom = name === null ? null : 'notice';
		frame.body = lines.slice(windowStart);
	}
	return frame;
}

/** The line just above the first byline or disclosure row of the page, if it reads as a headline. */
function headline(lines: readonly SourceLine[], bylineLines: readonly number[]): number {
	const first = Math.min(...bylineLines);
	if (!Number.isFinite(first)) return -1;
	let at = -1;
	for (const [index, line] of lines.entries()) {
		if (line.no > first || index >= HEAD_LINES) break;
		at = index;
	}
	if (at < 0) return -1;
	const text = lines[at].text;
	const fits =
		parseMarker(text) === null &&
		!(text.length <= 16 && parseDate(text).form !== 'none') &&
		text.length >= 6 &&
		text.length <= 80 &&
		/\p{Script=Han}/u.test(text) &&
		!/[。；;]/.test(text) &&
		!/[:：]$/.test(text);
	return fits ? at : -1;
}

/** The first title-like line at the top, when only short lines precede it. */
function titleLineAt(lines: readonly SourceLine[]): number {
	const head = lines.slice(0, HEAD_LINES);
	const at = head.findIndex((line) => isTitleLine(partTitleText(line.text)));
	// Only lines before the title that are themselves short headings may precede it; a paragraph
	// before the first title-like line means the text has no title of its own.
	return at >= 0 && head.slice(0, at).every((line) => line.text.length <= 30) ? at : -1;
}

/** A name quoted by the opening: 现将《健康中原行动2020年实施方案》印发给你们, 现形成《…年度报告》. */
function quotedInOpening(lines: readonly SourceLine[]): { name: string; line: SourceLine } | null {
	for (const line of lines.slice(0, 6)) {
		const match = /现(?:将|形成|印发|下发|转发)《([^》]{4,60})》/.exec(line.text);
		if (match && isTitleLine(match[1])) return { name: match[1], line };
	}
	return null;
}

/** Finds the title of a document without a notice wrapper. */
function plainFrame(lines: readonly SourceLine[], hints: FrameHints): DocumentFrame {
	const frame = emptyFrame(lines);
	const take = (at: number, parts: number, from: TitleSource) => {
		frame.titleLines = lines.slice(at, at + parts);
		frame.titleText = cleanTitle(joinText(frame.titleLines));
		frame.titleFrom = from;
		frame.body = [...lines.slice(0, at), ...lines.slice(at + parts)];
	};
	const tableTitle = hints.metadataTitle ?? null;
	if (tableTitle) {
		const at = lines
			.slice(0, HEAD_LINES + 4)
			.findIndex((_, index) => linesReading(lines, index, tableTitle) > 0);
		if (at >= 0) take(at, linesReading(lines, at, tableTitle), 'table');
		else [frame.titleText, frame.titleFrom] = [cleanTitle(tableTitle), 'table'];
		return frame;
	}
	const top = headline(lines, hints.bylineLines ?? []);
	const titleAt = titleLineAt(lines);
	// A title-like line above the byline's headline is the title (the headline may be a date or
	// an addressee's last line when the disclosure rows stand at the end of a notice).
	if (top >= 0 && (titleAt < 0 || top < titleAt)) {
		take(top, 1, isTitleLine(lines[top].text) ? 'line' : 'headline');
		return frame;
	}
	if (titleAt >= 0) {
		take(titleAt, 1, 'line');
		// A template site's numbering (第1篇 …) is not part of the title.
		frame.titleText = cleanTitle(partTitleText(lines[titleAt].text));
		return frame;
	}
	const glued = lines.length > 0 ? splitGluedTitle(lines[0].text) : null;
	if (glued) {
		frame.gluedTitle = { line: lines[0], text: glued.title };
		frame.titleText = glued.title;
		frame.titleFrom = 'glued';
		frame.body = [{ no: lines[0].no, text: glued.rest }, ...lines.slice(1)];
		return frame;
	}
	const shared = hints.sharedFileTitles?.[0];
	if (shared) {
		[frame.titleText, frame.titleFrom] = [cleanTitle(shared), 'shared-file'];
		return frame;
	}
	const quoted = quotedInOpening(lines);
	if (quoted) {
		[frame.titleText, frame.titleFrom] = [quoted.name, 'quote'];
		frame.titleSourceLine = quoted.line.no;
	}
	return frame;
}

/**
 * Takes lines that repeat the title (a page prints it twice, a document-sharing site once more in
 * front of the body) out of the body; a repeat at the front of a longer line is cut from it.
 */
function dropRepeatedTitles(frame: DocumentFrame): void {
	if (!frame.titleText) return;
	const title = comparable(frame.titleText);
	const head = new Set(frame.body.slice(0, HEAD_LINES + 4));
	const body: SourceLine[] = [];
	for (const line of frame.body) {
		const text = comparable(line.text);
		if (head.has(line) && text === title) {
			frame.repeatedTitles.push(line);
			continue;
		}
		if (head.has(line) && title.length >= 8 && line.text.startsWith(frame.titleText)) {
			const rest = line.text.slice(frame.titleText.length).trim();
			frame.repeatedPrefixes.push({ line, text: frame.titleText });
			body.push({ no: line.no, text: rest });
			continue;
		}
		body.push(line);
	}
	frame.body = body;
}

/**
 * Finds the frame of a document: a notice wrapper (关于印发…的通知 with addressees, signature and
 * date) if there is one, the document's own title, and the body. The title is, in this order: the
 * heading the notice names; the 名称 of a disclosure table; the headline above the page's byline;
 * the first title-like line; the front of a line that runs on into the body; a shared file's name;
 * the name the opening quotes (现将《…》印发给你们).
 * @param lines content lines (no chrome, no metadata, no blank lines)
 * @param hints what the line classifier found: a table's title, byline lines, shared file names
 * @returns the frame
 */
export function findDocumentFrame(
	lines: readonly SourceLine[],
	hints: FrameHints = {},
): DocumentFrame {
	const frame = noticeFrame(lines) ?? plainFrame(lines, hints);
	if (frame.titleText) {
		const split = splitTitleDocNumber(frame.titleText);
		if (split) [frame.titleText, frame.titleDocNo] = [split.title, split.docNo];
	}
	dropRepeatedTitles(frame);
	return frame;
}
