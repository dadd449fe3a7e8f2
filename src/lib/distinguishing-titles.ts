/** What tells a document apart from others of the same title. */
export interface TitledDocument {
	id: string;
	title: string;
	/** Its position in the compilation it was taken from, or null. */
	part: number | null;
	/** The heading of its first item, without the numbering, or null when it has no items. */
	firstHeading: string | null;
	/** Its opening text (before the first item). */
	lead: string;
}

/** How many characters of a heading or an opening a subtitle quotes. */
const QUOTE_LENGTH = 18;

/**
 * A title whose year was lost or is a template's blank: 卫生健康局年上半年工作总结 (年 right after
 * the agency), 区卫生健康局X年普法工作总结, （空缺）年.
 */
const BROKEN_TITLE = /(?:^|[局委会厅办])年|[XxＸ某]年|[（(]空缺[)）]/u;

/**
 * @param title a document's title
 * @returns whether the title has lost its year or keeps a template's blank
 */
export function isBrokenTitle(title: string): boolean {
	return BROKEN_TITLE.test(title);
}

function quote(text: string): string {
	const clean = text.replace(/\s+/gu, ' ').trim();
	return clean.length > QUOTE_LENGTH ? `${clean.slice(0, QUOTE_LENGTH)}…` : clean;
}

/** Titles compared without spaces and punctuation, which reposts change. */
function titleKey(title: string): string {
	return title.replace(/[\s\p{P}]/gu, '');
}

/**
 * Subtitles for the documents whose titles do not tell them apart: a title that several
 * documents share, or a broken one. A subtitle gives the part of the compilation the text was
 * taken from and the document's own first heading, or its opening words when it has no items.
 * @param documents every published document
 * @returns the subtitle by document id, for those that need one
 */
export function distinguishingSubtitles(documents: readonly TitledDocument[]): Map<string, string> {
	const sharing = new Map<string, number>();
	for (const document of documents) sharing.set(titleKey(document.title), (sharing.get(titleKey(document.title)) ?? 0) + 1);
	const subtitles = new Map<string, string>();
	for (const document of documents) {
		if ((sharing.get(titleKey(document.title)) ?? 0) < 2 && !isBrokenTitle(document.title)) continue;
		const parts = [
			document.part === null ? null : `汇编第 ${document.part} 篇`,
			document.firstHeading ? `首条：${quote(document.firstHeading)}` : document.lead.trim() ? `开头：${quote(document.lead)}` : null,
		].filter((part): part is string => part !== null);
		if (parts.length > 0) subtitles.set(document.id, parts.join(' · '));
	}
	return subtitles;
}

/**
 * A plan's title as one line of plain text, with what tells it apart in brackets when it has a
 * subtitle: 卫生健康局工作总结（汇编第 8 篇 · 首条：防疫工作开展情况）.
 * @param title the plan's title
 * @param subtitle its subtitle (distinguishingSubtitles), or null
 * @returns the line
 */
export function titleWithSubtitle(title: string, subtitle: string | null | undefined): string {
	return subtitle ? `${title}（${subtitle}）` : title;
}
