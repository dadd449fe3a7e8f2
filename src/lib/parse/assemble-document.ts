import { findAgencies, stripNamePlaceholder, type AgencyMention } from './agency.ts';
import { buildOutline } from './build-outline.ts';
import { findGluedYearRanges, parseDate } from './dates.ts';
import { detectKind } from './kind.ts';
import { parseMarker } from './markers.ts';
import type { MetadataField } from './metadata.ts';
import { noticeIssuer } from './notice.ts';
import { findPlaceholders } from './placeholders.ts';
import { matchRegion } from './regions.ts';
import { findLeadingYear, findOpeningYear, findTitleYear } from './titles.ts';
import type {
	ImportOptions,
	OutlineBlock,
	PlanMetadata,
	QualityFlag,
	SourceLine,
} from './types.ts';
import type { QualityFlagCode } from '../quality-flags.ts';
import type { ProvenanceDecision } from './provenance.ts';

/** Where a document sits in a compilation. */
export interface PartInfo {
	/** 1-based index. */
	index: number;
	/** Number of parts found. */
	count: number;
	/** Number of parts the compilation title announces, 0 when it does not say. */
	declared: number;
	/** The compilation's title. */
	compilationTitle: string;
}

/** Everything known about one document before it is written. */
export interface DocumentInput {
	sourceName: string;
	options: ImportOptions;
	/** The document's own title line, or null. */
	title: SourceLine | null;
	/** The title when it is not (only) one line: a table's 名称, a heading broken over lines … */
	titleText?: string | null;
	/** The notice title as one text (关于印发…的通知), or null when there is no notice. */
	noticeTitle?: string | null;
	/** Title to use when the text has none. */
	fallbackTitle: string;
	/** Title of the page or notice as published (source.title). */
	sourceTitle: string | null;
	/** Lines of the notice wrapper (title first), or none. */
	noticeLines: SourceLine[];
	body: SourceLine[];
	metadata: Partial<Record<MetadataField, string>>;
	/** Texts naming the site owner (welcome lines), used for agency and region. */
	siteOwners: string[];
	part: PartInfo | null;
	/** Spam inserts removed from this document's lines. */
	spam: string[];
	/** Where the text comes from and why, decided once for the whole text (provenance.ts). */
	provenance: ProvenanceDecision;
}

/** A document ready to be written, without its path. */
export interface AssembledDocument {
	metadata: PlanMetadata;
	blocks: OutlineBlock[];
	/** Remarks for the report, in Chinese. */
	notes: string[];
	/** Why the document has its provenance, for the report. */
	provenance: ProvenanceDecision;
}

/** Flag order in front matter: what the reader must know first comes first. */
const FLAG_ORDER: readonly QualityFlagCode[] = [
	'compilation-part',
	'agency-mismatch',
	'merged-bodies',
	'placeholder-year',
	'placeholder-name',
	'year-from-body',
	'spam-removed',
	'no-disclosure-metadata',
	'date-without-separators',
	'title-cut-guessed',
	'numbering-gap',
	'numbering-restart',
	'truncated-source',
];

/** Lists a few items and says how many more there are, so that notes stay one line. */
function listSome(items: readonly string[], limit = 5): string {
	const shown = items.slice(0, limit).join('、');
	return items.length > limit ? `${shown} 等 ${items.length} 处` : shown;
}

/** Agency mentions that open a paragraph: the body's own subject, not an agency it mentions. */
function subjectMentions(body: readonly SourceLine[]): AgencyMention[] {
	return body.flatMap((line) => findAgencies(line.text).filter((mention) => mention.index <= 40));
}

/**
 * Reads the agency of a compilation part from its body: the agency that opens its paragraphs.
 * When that is not a health agency but the title says 卫生健康局, the body wins and the part is
 * flagged; several different agencies opening paragraphs mean several texts were glued together.
 */
function partAgency(
	title: string,
	body: readonly SourceLine[],
	flags: QualityFlag[],
): string | null {
	const subjects = subjectMentions(body);
	const titleAgency = findAgencies(title)[0] ?? null;
	const primary = subjects[0] ?? null;
	const distinct = new Map<string, string>();
	for (const mention of subjects)
		if (!distinct.has(mention.key)) distinct.set(mention.key, mention.name);
	if (distinct.size > 1) {
		flags.push({
			code: 'merged-bodies',
			note: `正文先后以${[...distinct.values()].map((name) => `“${name}”`).join('、')}的口吻叙述，疑为多篇文稿拼接`,
		});
	}
	if (primary && !primary.health && titleAgency?.health) {
		flags.push({
			code: 'agency-mismatch',
			note: `标题称“${titleAgency.name}”，正文是“${primary.name}”的文稿，发布机构按正文填写`,
		});
		return stripNamePlaceholder(primary.name) || null;
	}
	if (primary && titleAgency && primary.key === titleAgency.key)
		return stripNamePlaceholder(primary.name) || null;
	if (titleAgency) {
		// The body may name the title's agency more fully (xx区卫生健康局 for 卫生健康局).
		const fuller = findAgencies(body.map((line) => line.text).join('\n')).find(
			(mention) => mention.key === titleAgency.key && mention.name.endsWith(titleAgency.name),
		);
		return stripNamePlaceholder(fuller?.name ?? titleAgency.name) || null;
	}
	return primary ? stripNamePlaceholder(primary.name) || null : null;
}

/** An addressee line (市委、市政府： / 各县、区卫生健康局，委机关各科室：), short and ending with a colon. */
const isAddressee = (text: string) => text.length <= 60 && /[:：]$/.test(text);

/** Words after an agency's name that make it a person's post (卫生局局长), not the publisher. */
const POST = /^(?:副?局长|副?主任|党组|党委|书记|科长|处长|院长)/;

/** The agencies a text names as bodies, not as part of a person's post. */
function publisherMentions(text: string): AgencyMention[] {
	return findAgencies(text).filter(
		(mention) => !POST.test(text.slice(mention.index + mention.name.length)),
	);
}

/** A name without its place (省卫生健康委, 区卫生健康局). */
const PLACELESS = /^[省市区县州旗盟]?(?:卫|疾|市场|医|审计|教|住房|公积金|政务|行政|民政|人力|人社)/;

/**
 * Gives a place-less name (发布机构: 省卫生健康委) the place the page names the same agency with
 * elsewhere (浙江省卫生健康委关于印发…), else keeps it as written.
 */
function qualified(name: string, texts: readonly string[]): string {
	const own = findAgencies(name)[0];
	if (!own || !PLACELESS.test(name)) return name;
	for (const text of texts) {
		for (const mention of publisherMentions(text)) {
			const full = stripNamePlaceholder(mention.name);
			if (mention.key === own.key && !PLACELESS.test(full)) return full;
		}
	}
	return name;
}

/** A signature: an organ's name on the line just above a date (健康中原行动推进委员会 / 2020年5月15日). */
function signatureOrgan(lines: readonly SourceLine[]): string | null {
	for (let index = 0; index + 1 < lines.length; index++) {
		const text = lines[index].text;
		const date = lines[index + 1].text;
		if (date.length > 16 || parseDate(date).form === 'none') continue;
		if (text.length > 30 || /[，,。；;：:、]/.test(text)) continue;
		const first = text.split(/\s+/)[0];
		if (/(?:委员会|委|局|厅|办公室|政府|中心)$/.test(first)) return first;
	}
	return null;
}

/** The agency a source line names (来源:安岳县卫生健康局), not a newspaper or 作者原创. */
function sourceAgency(source: string | undefined): string | null {
	if (!source || source.length > 30) return null;
	const mention = publisherMentions(source)[0];
	return mention && mention.name === source ? stripNamePlaceholder(source) || null : null;
}

/**
 * The agency the opening sentence is about (2022年,番禺区卫生健康局围绕…): the body's own subject,
 * from the first paragraphs that are not headings or addressees.
 */
function openingSubject(body: readonly SourceLine[]): { name: string; line: number } | null {
	const paragraphs = body
		.filter((line) => parseMarker(line.text) === null && !isAddressee(line.text))
		.slice(0, 3);
	for (const line of paragraphs) {
		// The subject opens the sentence or a clause (2022年,番禺区卫生健康局…), unlike a place
		// (…工作会在汶川县卫计局二楼会议室召开).
		const mention = publisherMentions(line.text).find(
			(item) => item.index <= 40 && /(?:^|[,，。；;])\s*$/.test(line.text.slice(0, item.index)),
		);
		const name = mention ? stripNamePlaceholder(mention.name) : '';
		if (name) return { name, line: line.no };
	}
	return null;
}

/**
 * Reads the agency of a published document, in this order: the disclosure table (given its place
 * when the page names it elsewhere); the issuer before 关于 in the notice title; an agency named by
 * the notice title, the title, the site or the signature; an organ signing above a date; the
 * source line; the subject of the opening sentence (noted for the editor).
 */
function documentAgency(input: DocumentInput, title: string, notes: string[]): string | null {
	const issuer = noticeIssuer(input.noticeTitle ?? null);
	const signature = input.noticeLines.slice(-3).map((line) => line.text);
	const named = [input.noticeTitle ?? '', title, ...input.siteOwners, ...signature];
	if (input.metadata.agency) return qualified(input.metadata.agency, [issuer ?? '', ...named]);
	if (issuer) return issuer;
	for (const text of named) {
		const mention = publisherMentions(text)[0];
		if (mention) return stripNamePlaceholder(mention.name) || null;
	}
	const signing = input.noticeLines.length > 0 ? input.noticeLines : input.body.slice(0, 12);
	const signed = signatureOrgan(signing);
	if (signed) return signed;
	const source = sourceAgency(input.metadata.source);
	if (source) return qualified(source, named);
	const subject = openingSubject(input.body);
	if (!subject) return null;
	notes.push(`发布机构“${subject.name}”取自正文开头的叙述主体（第${subject.line}行），请核对`);
	return subject.name;
}

/** Reads the published date, and checks the signature date against it. */
function readDates(input: DocumentInput, flags: QualityFlag[], notes: string[]): string | null {
	const published = input.metadata.published ? parseDate(input.metadata.published) : null;
	if (input.metadata.published && !published?.date)
		notes.push(`发布日期“${input.metadata.published}”无法识别，已留空`);
	const date = published?.date ?? null;
	for (const line of input.noticeLines.slice(1).slice(-3)) {
		const signed = parseDate(line.text);
		if (signed.form === 'digits') {
			const agrees = date !== null && signed.candidates.includes(date);
			flags.push({
				code: 'date-without-separators',
				note: agrees
					? `落款日期“${line.text}”缺少分隔符，与发布日期 ${date} 一致；发布日期取自公开信息`
					: `落款日期“${line.text}”缺少分隔符，可能是 ${signed.candidates.join(' 或 ') || '无效日期'}，未采用`,
			});
		} else if (signed.form === 'partial') {
			notes.push(`落款日期“${line.text}”不完整（第${line.no}行），未采用`);
		} else if (signed.form === 'full' && signed.date !== date) {
			notes.push(`落款日期 ${signed.date}（第${line.no}行）是成文日期，未用作发布日期`);
		}
	}
	const glued = input.body.flatMap((line) => findGluedYearRanges(line.text));
	if (glued.length > 0) {
		flags.push({
			code: 'date-without-separators',
			note: `正文${listSome(glued.map((text) => `“${text}”`))}疑为年份区间缺少连接号（如“2018—2030年”），已原样保留`,
		});
	}
	return date;
}

/**
 * Reads the year from the title, else from the body's opening words (flagged). A document (not a
 * compilation part) whose first paragraph is an addressee line or states no year may state it at
 * the very start of one of the next paragraphs (市委、市政府： / 2025年以来，…).
 */
function readYear(title: string, input: DocumentInput, flags: QualityFlag[]): number | null {
	const fromTitle =
		findTitleYear(title) ?? (input.part ? null : findTitleYear(input.sourceTitle ?? ''));
	if (fromTitle !== null) return fromTitle;
	let opening = input.body[0]?.text ?? '';
	let fromBody = findOpeningYear(opening);
	if (fromBody === null && !input.part) {
		const paragraphs = input.body
			.slice(1)
			.filter((line) => parseMarker(line.text) === null && !isAddressee(line.text))
			.slice(0, 3);
		for (const line of paragraphs) {
			fromBody = findLeadingYear(line.text);
			if (fromBody !== null) {
				opening = line.text;
				break;
			}
		}
	}
	if (fromBody !== null) {
		flags.push({
			code: 'year-from-body',
			note: `标题未写年份，年份 ${fromBody} 取自正文开头“${opening.slice(0, 20)}…”`,
		});
	}
	return fromBody;
}

/** Flags template placeholders in the title and body. */
function flagPlaceholders(title: string, body: readonly SourceLine[], flags: QualityFlag[]): void {
	const text = [title, ...body.map((line) => line.text)].join('\n');
	const found = findPlaceholders(text);
	if (found.years.length > 0) {
		flags.push({
			code: 'placeholder-year',
			note: `原文年份为占位符：${listSome(found.years.map((year) => `“${year}”`))}`,
		});
	}
	if (found.names.length > 0) {
		flags.push({
			code: 'placeholder-name',
			note: `原文名称为占位符：${listSome(found.names.map((name) => `“${name}”`))}`,
		});
	}
}

/**
 * Builds one document's metadata and outline from what the importer found: title, notice,
 * disclosure values, body. Unknown values stay null; every doubt becomes a quality flag.
 * @param input what is known about the document
 * @returns the metadata, the outline blocks and remarks for the report
 */
export function assembleDocument(input: DocumentInput): AssembledDocument {
	const flags: QualityFlag[] = [];
	const notes: string[] = [];
	const title = input.titleText ?? input.title?.text ?? input.fallbackTitle;
	if (!input.titleText && !input.title)
		notes.push(`未找到文稿标题，暂用“${title}”，请手工填写 title`);
	const kind = detectKind(title);
	if (input.part) {
		const { index, count, declared, compilationTitle } = input.part;
		const mismatch =
			declared > 0 && declared !== count ? `；标题称${declared}篇，实际识别出${count}篇` : '';
		flags.push({
			code: 'compilation-part',
			note: `取自汇编《${compilationTitle}》第${index}篇（共${count}篇）${mismatch}`,
		});
	}
	const agency = input.part
		? partAgency(title, input.body, flags)
		: documentAgency(input, title, notes);
	flagPlaceholders(title, input.body, flags);
	const year = readYear(title, input, flags);
	if (input.spam.length > 0) {
		flags.push({
			code: 'spam-removed',
			note: `已删除夹带的引流文字：${listSome(input.spam.map((text) => `“${text}”`))}`,
		});
	}
	const published = input.part ? null : readDates(input, flags, notes);
	const { region, note: regionNote } = matchRegion(
		[input.title ? { text: title, line: input.title.no } : title, input.part ? null : input.sourceTitle, agency, ...(input.part ? [] : input.siteOwners)],
		input.options.regions ?? [],
	);
	if (regionNote) notes.push(regionNote);
	const field = (name: MetadataField) => (input.part ? null : (input.metadata[name] ?? null));
	const disclosure = {
		index_no: field('index_no'),
		doc_no: field('doc_no'),
		disclosure: field('disclosure'),
		subject_class: field('subject_class'),
	};
	if (!published && Object.values(disclosure).every((value) => value === null)) {
		flags.push({
			code: 'no-disclosure-metadata',
			note: '原文未附发布日期、索引号、文号、公开方式等公开信息',
		});
	}
	const outline = buildOutline(input.body);
	if (outline.guessedTitles.length > 0) {
		flags.push({
			code: 'title-cut-guessed',
			note: `以下条目原文标题后缺少句号，标题为自动截断，请核对：${listSome(
				outline.guessedTitles.map((text) => `“${text}”`),
				10,
			)}`,
		});
	}
	if (outline.gaps.length > 0)
		flags.push({ code: 'numbering-gap', note: `编号跳号：${listSome(outline.gaps)}` });
	if (outline.restarts.length > 0) {
		flags.push({
			code: 'numbering-restart',
			note: `编号重新从头开始：${listSome(outline.restarts)}`,
		});
	}
	flags.sort((a, b) => FLAG_ORDER.indexOf(a.code) - FLAG_ORDER.indexOf(b.code));
	const notice =
		input.noticeLines.length > 0 ? input.noticeLines.map((line) => line.text).join('\n') : null;
	return {
		metadata: {
			title,
			region: region?.id ?? null,
			agency,
			year,
			kind,
			provenance: input.provenance.provenance,
			published,
			...disclosure,
			source: {
				file: input.sourceName,
				url: null,
				title: input.sourceTitle,
				part: input.part?.index ?? null,
				parts: input.part?.count ?? null,
			},
			imported: input.options.importedOn,
			notice,
			flags,
			draft: false,
		},
		blocks: outline.blocks,
		notes,
		provenance: input.provenance,
	};
}
