/** Result of cutting an item's title from its text. */
export interface TitleCut {
	/** The item's title: its leading clause, with its full stop when it has one. */
	title: string;
	/** The rest of the item's text, trimmed; empty when the item is a title only. */
	rest: string;
	/** True when no full stop or clear break ended the title and the cut is a heuristic. */
	guessed: boolean;
}

/** A title longer than this without a full stop is not a title but a paragraph. */
const MAX_TITLE = 60;
/** Where a guessed cut falls back to when nothing better is found. */
const FALLBACK_TITLE = 30;
/** A glued title is at least this long: shorter prefixes are verbs of the title itself. */
const MIN_GLUED_TITLE = 6;
/**
 * Only a first clause this long, followed by more clauses before the full stop, is suspected of
 * gluing title and body: 应急救援能力进一步提升。 is a whole title, 健全完善分级诊疗制度认真总结
 * 推广试点经验,全面推开…。 is not.
 */
const MIN_GLUED_CLAUSE = 16;

/**
 * Nouns that end an item title (…制度, …建设, …改革). Together with {@link CLAUSE_START} they find
 * where a title ends when the source forgot its full stop: 健全完善分级诊疗制度|认真总结推广试点经验.
 */
const TITLE_END =
	/(?:建设|制度|改革|体系|机制|工作|能力|服务|管理|水平|发展|保障|政策|质量|项目|行动|工程|规划|环境|卫生|健康|作用|监管|防控|治理)$/;

/**
 * Words that start a new clause of the item's body. Only adverbs and prepositions that rarely
 * continue a title: verbs such as 推进 or 加强 often do (建立完善…), so they are left out. 要 and
 * 以 only count before a word that shows a clause (要主动, 以“智慧包头”), not in 要素 or 以来.
 */
const CLAUSE_START =
	/^(?:认真|按照|依照|坚持|加快|进一步|积极|深入|全面|围绕|依托|通过|根据|结合|着力|持续|切实|大力|力争|确保|要(?=[主求切加进把以按积认全强])|以(?=[“"《「\p{Script=Han}])(?![来上下及外后前内便免致为]))/u;

/** A single space between two Han characters is a break in texts pasted from one-line tables. */
const SPACE_BREAK = /(?<=[\p{Script=Han}）)])(?<![和与及的、])\s+(?=[\p{Script=Han}“《])/u;

/** Finds the offset where a glued title ends, or -1. */
function findGluedEnd(clause: string): number {
	for (let index = MIN_GLUED_TITLE; index < clause.length - 1; index++) {
		if (TITLE_END.test(clause.slice(0, index)) && CLAUSE_START.test(clause.slice(index)))
			return index;
	}
	return -1;
}

/**
 * Cuts an item's title from its text: the leading clause up to and including its first 。 or ；,
 * or up to a clear break such as a space between Han characters (一、总体要求 以习近平…). When the
 * source forgot the full stop and the body follows on (（六）健全完善分级诊疗制度认真总结…), the cut
 * falls where a clause-starting word follows a title-ending noun, or at a comma within the first
 * 30 characters, and is marked as guessed.
 * @param text the item's text after its marker
 * @returns the title, the rest, and whether the cut was guessed
 */
export function cutItemTitle(text: string): TitleCut {
	const body = text.trim();
	const split = (end: number, guessed: boolean): TitleCut => ({
		title: body.slice(0, end).trim(),
		rest: body.slice(end).trim(),
		guessed,
	});
	const stop = body.search(/[。；;！？!?]/);
	const space = SPACE_BREAK.exec(body)?.index ?? -1;
	const clauseEnd = body.search(/[，,、：:（(]/);
	const firstClause = body.slice(
		0,
		Math.min(...[stop, space, clauseEnd, body.length].filter((i) => i >= 0)),
	);
	const manyClauses = clauseEnd >= 0 && (stop < 0 || clauseEnd < stop);
	const glued =
		firstClause.length >= MIN_GLUED_CLAUSE && manyClauses ? findGluedEnd(firstClause) : -1;
	if (glued > 0) return split(glued, true);
	if (space >= 0 && (stop < 0 || space < stop) && space <= MAX_TITLE) return split(space, false);
	if (stop >= 0 && stop < MAX_TITLE) return split(stop + 1, false);
	if (stop < 0 && space < 0 && body.length <= MAX_TITLE) return split(body.length, false);
	// No full stop in reach: end the title at a comma, the last one within 30 characters or else
	// the first within 60, so that the cut never falls inside a word.
	const head = body.slice(0, FALLBACK_TITLE + 1);
	const lastComma = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','));
	const firstComma = body.slice(0, MAX_TITLE).search(/[，,]/);
	const comma = lastComma > 0 ? lastComma : firstComma;
	return split(comma > 0 ? comma + 1 : Math.min(FALLBACK_TITLE, body.length), true);
}
