import {
	assembleDocument,
	type AssembledDocument,
	type DocumentInput,
} from './assemble-document.ts';
import { classifyLines, type ClassifiedLines } from './classify-lines.ts';
import { readCompilationTitle, splitCompilation } from './compilation.ts';
import { findDocumentFrame, type DocumentFrame } from './notice.ts';
import { normaliseText } from './normalise.ts';
import { choosePlanPath } from './paths.ts';
import { decideProvenance } from './provenance.ts';
import { renderPlanMarkdown } from './to-markdown.ts';
import type {
	ImportOptions,
	ImportResult,
	ImportedDocument,
	Removal,
	SourceLine,
} from './types.ts';

/** Front matter fields that may be unknown, in the order the report lists them. */
const OPTIONAL_FIELDS = [
	'region',
	'agency',
	'year',
	'published',
	'index_no',
	'doc_no',
	'disclosure',
	'subject_class',
] as const;

/** Spam removed from the given lines. */
function spamOf(lines: readonly SourceLine[], removals: readonly Removal[]): string[] {
	const numbers = new Set(lines.map((line) => line.no));
	return removals
		.filter((removal) => removal.kind === 'spam' && numbers.has(removal.line))
		.map((removal) => removal.text);
}

/** Records a line that went into front matter as a title. */
function titleRemoval(line: SourceLine, reason: string): Removal {
	return { line: line.no, kind: 'title', text: line.text, wholeLine: true, reason };
}

/** Tells the editor, with the line, where a title that is not a plain heading line came from. */
function titleNotes(frame: DocumentFrame): string[] {
	const text = frame.titleText ?? '';
	const at = frame.titleLines[0]?.no ?? frame.gluedTitle?.line.no ?? frame.titleSourceLine;
	const line = at ? `（第${at}行）` : '';
	switch (frame.titleFrom) {
		case 'table':
			return frame.titleLines.length === 0 ? [`标题“${text}”取自公开信息表的“名称/标题”栏`] : [];
		case 'headline':
			return [`标题“${text}”取自网页署名行上方的标题行${line}，请核对`];
		case 'glued':
			return [`标题“${text}”与正文第一段连在同一行${line}，已拆开，请核对`];
		case 'shared-file':
			return [`标题“${text}”取自文库网站的文件名，请核对`];
		case 'quote':
			return [`原文没有标题行，标题“${text}”取自开头所引的文件名${line}，请核对`];
		case 'notice':
			return frame.titleLines.length === 0 ? [`原文没有标题行，标题“${text}”取自印发通知的标题`] : [];
		default:
			return [];
	}
}

/** Splits a compilation into its parts and assembles each. */
function assembleCompilation(
	sorted: ClassifiedLines,
	declared: number,
	base: Omit<
		DocumentInput,
		'title' | 'body' | 'part' | 'spam' | 'noticeLines' | 'sourceTitle' | 'provenance'
	>,
	removals: Removal[],
	notes: string[],
): AssembledDocument[] {
	const [head, ...rest] = sorted.content;
	removals.push(titleRemoval(head, '汇编标题，写入各篇的 source.title'));
	const { intro, parts, repeated } = splitCompilation(rest);
	// Every part has the compilation's provenance: the marks of its site are the whole text's.
	const provenance = decideProvenance({
		lines: sorted.content,
		removals,
		metadata: sorted.metadata,
		siteOwners: sorted.siteOwners,
		titles: [head.text, ...sorted.sharedFileTitles],
		notice: false,
	});
	for (const line of repeated) {
		removals.push({
			line: line.no,
			kind: 'chrome',
			text: line.text,
			wholeLine: true,
			reason: '重复的篇名',
		});
	}
	for (const line of intro) {
		removals.push({
			line: line.no,
			kind: 'chrome',
			text: line.text,
			wholeLine: true,
			reason: '汇编导语，不属于任何一篇',
		});
	}
	if (sorted.bylineDates.length > 0) {
		notes.push(
			`网页署名时间 ${sorted.bylineDates.join('、')} 是汇编网页的时间，不是各篇的发布日期，未采用`,
		);
	}
	if (declared > 0 && declared !== parts.length)
		notes.push(`汇编标题称 ${declared} 篇，按篇名行识别出 ${parts.length} 篇，请核对`);
	return parts.map((part, index) => {
		removals.push(titleRemoval(part.title, `第${index + 1}篇篇名，写入 title`));
		return assembleDocument({
			...base,
			title: part.title,
			titleText: part.titleText,
			sourceTitle: head.text,
			noticeLines: [],
			body: part.lines,
			part: { index: index + 1, count: parts.length, declared, compilationTitle: head.text },
			spam: spamOf(part.lines, removals),
			provenance,
		});
	});
}

/**
 * Imports the text of a published plan, as copied from a web page, into plan Markdown files:
 * drops page chrome, reads disclosure metadata, keeps a notice wrapper in front matter, splits a
 * compilation into its documents, and writes each body as an outline that keeps the source's
 * numbering. Never throws: unusable input gives an empty result with remarks in the report.
 * @param raw the raw text (any line endings, BOM or noise)
 * @param sourceName the raw file's name, kept as provenance (source.file)
 * @param options import date, known regions and files already in the output directory
 * @returns the documents with their paths and Markdown, and the report
 */
export function importPlanText(
	raw: string,
	sourceName: string,
	options: ImportOptions,
): ImportResult {
	const notes: string[] = [];
	try {
		const normalised = normaliseText(raw);
		const sorted = classifyLines(normalised.lines);
		const removals: Removal[] = [...normalised.removals, ...sorted.removals];
		if (!sorted.content.some((line) => /\p{Script=Han}/u.test(line.text))) {
			notes.push('原文中没有可导入的中文正文，未生成文件');
			return finish([], removals, notes, sourceName, options);
		}
		const base = {
			sourceName,
			options,
			fallbackTitle: sourceName.replace(/\.[^.]+$/, ''),
			metadata: sorted.metadata,
			siteOwners: sorted.siteOwners,
		};
		const declared = readCompilationTitle(sorted.content[0].text);
		if (declared !== null) {
			const parts = assembleCompilation(sorted, declared, base, removals, notes);
			if (parts.length > 0) return finish(parts, removals, notes, sourceName, options);
			notes.push('标题像汇编，但没有找到各篇篇名，按单篇导入');
			removals.pop();
		}
		const frame = findDocumentFrame(sorted.content, {
			metadataTitle: sorted.metadata.title ?? null,
			bylineLines: sorted.bylineLines,
			sharedFileTitles: sorted.sharedFileTitles,
		});
		for (const line of frame.repeatedTitles) {
			removals.push({
				line: line.no,
				kind: 'chrome',
				text: line.text,
				wholeLine: true,
				reason: '重复的页面标题',
			});
		}
		for (const { line, text } of frame.repeatedPrefixes) {
			removals.push({
				line: line.no,
				kind: 'chrome',
				text,
				wholeLine: false,
				reason: '正文前重复的标题',
			});
		}
		for (const line of frame.titleLines) removals.push(titleRemoval(line, '文稿标题，写入 title'));
		if (frame.gluedTitle) {
			removals.push({
				line: frame.gluedTitle.line.no,
				kind: 'title',
				text: frame.gluedTitle.text,
				wholeLine: false,
				reason: '与正文连在一行的文稿标题，写入 title',
			});
		}
		notes.push(...sorted.notes, ...titleNotes(frame));
		if (sorted.bylineDates.length > 0)
			notes.push(`网页署名时间 ${sorted.bylineDates.join('、')} 未用作发布日期`);
		const noticeLines = frame.noticeTitle
			? [...frame.preamble, ...frame.noticeTitleLines, ...frame.noticeLines]
			: [];
		const metadata = frame.titleDocNo
			? { ...sorted.metadata, doc_no: sorted.metadata.doc_no ?? frame.titleDocNo }
			: sorted.metadata;
		const provenance = decideProvenance({
			lines: sorted.content,
			removals,
			metadata,
			siteOwners: sorted.siteOwners,
			titles: [frame.titleText, frame.noticeTitleText, ...sorted.sharedFileTitles],
			notice: frame.noticeTitle !== null,
		});
		const document = assembleDocument({
			...base,
			metadata,
			title: frame.titleLines[0] ?? null,
			titleText: frame.titleText,
			noticeTitle: frame.noticeTitleText,
			sourceTitle: frame.noticeTitleText ?? frame.titleText ?? null,
			noticeLines,
			body: frame.body,
			part: null,
			spam: spamOf(frame.body, removals),
			provenance,
		});
		return finish([document], removals, notes, sourceName, options);
	} catch (error) {
		notes.push(
			`导入时出现内部错误，未生成文件：${error instanceof Error ? error.message : String(error)}`,
		);
		return finish([], [], notes, sourceName, options);
	}
}

/** Gives each document its path and Markdown, and writes the report. */
function finish(
	assembled: readonly AssembledDocument[],
	removals: Removal[],
	notes: string[],
	sourceName: string,
	options: ImportOptions,
): ImportResult {
	const taken = new Set<string>();
	const documents: ImportedDocument[] = assembled.map(
		({ metadata, blocks, notes: documentNotes, provenance }) => {
			const path = choosePlanPath(
				{
					region: metadata.region,
					year: metadata.year,
					kind: metadata.kind,
					sourceFile: sourceName,
					part: metadata.source.part,
				},
				taken,
				options.existing ?? [],
			);
			taken.add(path);
			notes.push(...documentNotes.map((note) => `${path}：${note}`));
			return {
				path,
				markdown: renderPlanMarkdown(metadata, blocks),
				metadata,
				flags: metadata.flags,
				headings: blocks.filter((block) => block.type === 'heading').length,
				missing: OPTIONAL_FIELDS.filter((field) => metadata[field] === null),
				provenance,
			};
		},
	);
	removals.sort((a, b) => a.line - b.line);
	return { documents, report: { sourceName, documents, removals, notes } };
}
