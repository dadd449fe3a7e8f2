import type { PlanKind } from '../kinds.ts';
import { ASPIRATION_WORDS, matchPreComparator, readPostComparator, WEAK_COMPARATORS } from './comparators.ts';
import { findNonTargetSpans } from './non-targets.ts';
import { familyAcceptsUnit, normaliseMetric, type FamilyMatcher } from './normalise-metric.ts';
import { findQuantityGroups, type Quantity, type QuantityGroup } from './quantities.ts';
import { CLAUSE_BOUNDARY, isMeasure, skipLeadWords, splitSubjects, trimSubject, type SubjectSpan } from './subject.ts';
import { classifyKind } from './target-kind.ts';
import type { IndicatorOp, IndicatorTarget } from './types.ts';
import { QUALIFIER_UNITS, RATE_UNITS } from './units.ts';

/** What the caller knows about the text. */
export interface ExtractOptions {
	/** The document's kind (要点, 计划, 总结 …): decides target or achieved when the wording does not. Default null. */
	documentKind?: PlanKind | null;
	/** Indicator families to fill `metric` from; without them every `metric` is null. Default none. */
	families?: readonly FamilyMatcher[];
}

/**
 * Verbs that make a count a target or a result: 新增托位200个, 打造9家公立医院, 已完成2212人.
 * A count with none of them and no comparator (5个方面, 等14个应用系统) describes, it does not aim.
 */
const COUNT_VERB = '组织|新增|新建|新设|新招|新开|增设|建成|建设|建立|创建|创成|打造|培育|组建|设立|设置|配置|配备|完成|实施|开展|举办|召开|培训|培养|引进|招聘|招录|选派|选送|派出|下派|发表|推进|推动|确定|吸纳|接种|筛查|检查|查处|办理|发放|救治|随访|签约|通过|评选|认定|遴选|举行|投放|累计|共计|全年共|共|已';
/** A clause that opens with a counting verb (新建慢病一体化门诊6家). */
const COUNT_VERB_START = new RegExp(`^(?:${COUNT_VERB})`);
/** A clause that ends with one, just before its count (省部级科研项目立项1项). */
const COUNT_VERB_AT_END = new RegExp(`(?:${COUNT_VERB}|立项)\\s*$`);
/** A counting verb right before a count written before its noun (打造9家公立医院, 检查了59家). */
const COUNT_VERB_END = new RegExp(`(?:${COUNT_VERB})了?\\s*$`);
/** What may stand between two counts of one list (…3个、数字心电仪206台). */
const LIST_GLUE = /^\s*(?:、|和|及|与|以及|，|,)?\s*$/;
/**
 * 为/对 + who, then a count: 为全市建档立卡13235名贫困人口进行免费健康体检, 对5家…医院…建设.
 * The count is the people or places the plan serves. 作为/认为/针对 … are other words.
 */
const SERVE_LEAD = /(?:(?<![作成认因行称更较])为|(?<![针面相绝核])对(?!照|标|接|比|于))[^，,。；;：:、\d]{0,8}$/;

/**
 * A comparator with a reference between it and the value: 达到公立医院出院病例数的40%,
 * 达到邵逸夫医院平均值80%以上, 约占全市26%. The subject is what precedes 达到/占.
 */
const REFERENCE_RE = /(?<![签预到传表抵通发下送直])(约)?(?:达到|达|占)(?!比)[^，,。；;：:！!？?\d]{1,24}?\s*$/;

/**
 * A noun (or 的 + noun) right after a value: the value then counts or shares what follows it.
 * A digit counts too: 4万名60岁以上老年人 counts the people the age then qualifies.
 */
const NOUN_AFTER = /^\s*的?\s*[\u3400-\u9fffA-Za-z0-9“"《（(]/;

/** Where a noun phrase after a value ends: a clause boundary, a list word, 等 (…项目等), or 的基础上. */
const PHRASE_END = /[，,。；;：:！!？?\n、]|等|的基础|以及|及(?![以其时早])|(?:和|与)(?=\s*[0-9０-９])/;

/** A rate after 按/根据… is a basis of calculation (按常住人口1.2‰来核定), not a share to reach. */
const BASIS = /按|根据|依据|参照|比照/;

/** How far back a value's sentence is read: longer sentences are cut (plans' are far shorter). */
const LOOK_BACK = 200;

const SENTENCE_BOUNDARY = /[。；;！!？?\n]/;

/** Offset just after the last match of `pattern` (one character) in text[from, to), or `from`. */
function afterLast(text: string, from: number, to: number, pattern: RegExp): number {
	for (let index = to - 1; index >= from; index -= 1) {
		if (pattern.test(text[index])) return index + 1;
	}
	return from;
}

/** Moves `start` past an opening bracket that is still open at `end` (（三级综合医院不少于8人）). */
function afterOpenBracket(text: string, start: number, end: number): number {
	let depth = 0;
	for (let index = end - 1; index >= start; index -= 1) {
		const char = text[index];
		if (char === ')' || char === '）') depth += 1;
		else if (char === '(' || char === '（') {
			if (depth === 0) return index + 1;
			depth -= 1;
		}
	}
	return start;
}

/** The noun phrase right after a value (60%以上的村卫生室达到…), cut at 等 and at an unclosed bracket. */
function phraseAfter(text: string, at: number): SubjectSpan | null {
	let start = at;
	while (start < text.length && /\s/.test(text[start])) start += 1;
	if (text[start] === '的') start += 1;
	const rest = text.slice(start, start + 60);
	const stop = PHRASE_END.exec(rest);
	let end = start + (stop ? stop.index : rest.length);
	const open: number[] = [];
	for (let index = start; index < end; index += 1) {
		const char = text[index];
		if (char === '(' || char === '（') open.push(index);
		else if (char === ')' || char === '）') {
			if (open.length === 0) {
				end = index;
				break;
			}
			open.pop();
		}
	}
	if (open.length > 0) end = open[0];
	const phrase = trimSubject(text, start, end);
	return phrase.subject ? phrase : null;
}

/** The values of a group that carry a unit; a bare number is never a target. */
function valuesWithUnit(group: QuantityGroup): Quantity[] {
	return group.values.filter((value) => value.unit !== null);
}

/**
 * Finds the quantitative targets (and reported results) stated in a text: each value with its
 * subject, comparator and unit, and the exact span it was read from, so a page can highlight it
 * and nothing is invented. Linear in the text: every regex is built once, each value looks back
 * no further than its own clause, and a text without digits returns at once.
 * @param text the searched text (for a plan item, {@link itemIndicatorText})
 * @param options the document kind and the indicator families, when known
 * @returns the targets in document order, with `metric` filled when families are given
 */
export function extractIndicators(text: string, options: ExtractOptions = {}): IndicatorTarget[] {
	if (!/[0-9０-９]/.test(text)) return [];
	const documentKind = options.documentKind ?? null;
	const families = options.families;
	const groups = findQuantityGroups(text, findNonTargetSpans(text));
	const targets: IndicatorTarget[] = [];
	/** End of the last statement read: the next subject starts no earlier. */
	let lastEnd = 0;
	/** End of the last count read (not a rate), so that a list of counts is read through. */
	let lastCountEnd = -1;
	/** The family of the sentence's last target, for 二级医疗机构不低于40% after 配备使用比例… */
	const context: { sentence: number; family: FamilyMatcher | null } = { sentence: -1, family: null };

	for (const group of groups) {
		// A value inside the last statement (60岁 in 4万名60岁以上老年人) is part of its subject.
		if (group.start < lastEnd) continue;
		const values = valuesWithUnit(group);
		if (values.length === 0) continue;
		const unit = values[values.length - 1].unit as string;
		const post = readPostComparator(text, group.end);
		const afterEnd = post ? post.end : group.end;
		const nounAfter = NOUN_AFTER.test(text.slice(afterEnd, afterEnd + 3));
		// 5岁以下儿童, 60岁以上老年人, 15分钟服务圈: an age or a time before a noun qualifies it.
		if (QUALIFIER_UNITS.has(unit) && nounAfter) continue;

		// Look back at most LOOK_BACK characters, so that a run-on list cannot make this quadratic.
		const sentenceStart = afterLast(text, Math.max(0, group.start - LOOK_BACK), group.start, SENTENCE_BOUNDARY);
		const clauseBoundary = afterLast(text, sentenceStart, group.start, CLAUSE_BOUNDARY);
		let clauseStart = Math.max(clauseBoundary, lastEnd);
		clauseStart = afterOpenBracket(text, clauseStart, group.start);
		const before = text.slice(clauseStart, group.start);

		// The comparator before the value, or a reference form (达到…的40%), or none.
		let pre = matchPreComparator(before.slice(-16));
		let preStart = pre ? group.start - (before.slice(-16).length - pre.start) : group.start;
		let head = trimSubject(text, clauseStart, preStart);
		if (pre && WEAK_COMPARATORS.has(pre.written)) {
			const needsMeasure = pre.written === '为' || pre.written === '是';
			if (!head.subject || (needsMeasure && !isMeasure(head.subject))) {
				pre = null;
				preStart = group.start;
				head = trimSubject(text, clauseStart, group.start);
			}
		}
		let referenceOp: IndicatorOp | null = null;
		if (!pre) {
			const reference = REFERENCE_RE.exec(before);
			if (reference && (RATE_UNITS.has(unit) || !/占/.test(reference[0]))) {
				referenceOp = reference[1] ? '~' : '=';
				preStart = clauseStart + reference.index;
				head = trimSubject(text, clauseStart, preStart);
			}
		}
		const hasPre = pre !== null || referenceOp !== null;
		const rate = RATE_UNITS.has(unit);

		// Decide what the value measures; see the README for the forms and why each is read so.
		let subjects: SubjectSpan[] | null = null;
		let statementEnd = afterEnd;
		let valueFirst = false;
		const afterPhrase = () => (nounAfter ? phraseAfter(text, afterEnd) : null);
		if (hasPre && head.subject) {
			// 规范管理率达到60%; 覆盖90%以上的常住老年人群 and 达到42项常规指标 keep their noun in the span.
			subjects = [head];
			const phrase = afterPhrase();
			if (phrase && (!rate || /^\s*的/.test(text.slice(afterEnd, afterEnd + 2)))) statementEnd = phrase.end;
		} else if (hasPre) {
			// 不少于100个病种; or 分别达到85%和80% after the clause that names the measures.
			const phrase = afterPhrase();
			const previous = phrase ? null : previousClause(text, sentenceStart, clauseStart, lastEnd);
			if (phrase) {
				subjects = [phrase];
				statementEnd = phrase.end;
				valueFirst = true;
			} else if (previous) subjects = [previous];
		} else if (head.subject && isMeasure(head.subject) && !(nounAfter && !rate)) {
			// 建档率86%, 起付线降低50%, 年度投资额3000万元.
			subjects = [head];
		} else if (nounAfter) {
			// 60%以上的村卫生室达到…; 打造9家公立医院…; 4万名…、2000名… (a list of counts).
			const leads = rate ? !isMeasure(head.subject) && !BASIS.test(before) : countLeadsIn(text, clauseStart, group.start, head, post !== null, lastCountEnd);
			const phrase = leads ? afterPhrase() : null;
			if (phrase) {
				subjects = [phrase];
				statementEnd = phrase.end;
				valueFirst = true;
			}
		} else if (head.subject && (post || (!rate && countVerbAround(text, clauseStart, preStart, lastCountEnd)))) {
			// 5年以上化解50%以上; 新建慢病一体化门诊6家; 争取省部级科研项目立项1项; …、数字心电仪206台.
			subjects = [head];
		}
		if (!subjects) continue;

		const op = post ? post.op : (pre?.op ?? referenceOp ?? '=');
		const statementStart = Math.min(valueFirst ? (head.subject ? head.start : group.start) : subjects[0].start, preStart, group.start);
		const span = { start: statementStart, end: statementEnd };
		// 力争 may open the sentence (力争到2020年，…率达到90%), but never reaches past the last statement.
		const window = text.slice(Math.min(Math.max(sentenceStart, lastEnd), statementStart), group.start);
		const firm = !ASPIRATION_WORDS.some((word) => window.includes(word));
		const kind = classifyKind(text.slice(clauseBoundary, afterEnd), documentKind, hasPre || post !== null, text.slice(sentenceStart, afterEnd));

		const parts = valueFirst ? subjects : splitSubjects(text, subjects[0]);
		const pairs = pairSubjects(parts, subjects[0], values);
		for (const [subject, quantity] of pairs) {
			let metric: string | null = null;
			if (families) {
				// A bare measure (规范管理率) is named by its sentence (…严重精神障碍患者…，规范管理率);
				// a bare scope (二级医疗机构不低于40%) takes the metric of the sentence's previous target.
				// Either way the value's unit must measure what the family does.
				const sentence = isMeasure(subject.subject) ? text.slice(sentenceStart, subject.start) : '';
				metric = normaliseMetric(subject.subject, families, { context: sentence, unit: quantity.unit });
				if (metric === null && !isMeasure(subject.subject) && context.sentence === sentenceStart && context.family && familyAcceptsUnit(context.family, quantity.unit)) {
					metric = context.family.id;
				}
			}
			targets.push({
				metric,
				subject: subject.subject,
				op: quantity.valueMax !== null ? 'range' : op,
				value: quantity.value,
				valueMax: quantity.valueMax,
				unit: quantity.unit,
				firm,
				kind,
				span,
				text: text.slice(span.start, span.end),
			});
			if (metric !== null) Object.assign(context, { sentence: sentenceStart, family: families?.find((family) => family.id === metric) ?? null });
		}
		lastEnd = statementEnd;
		lastCountEnd = rate ? -1 : statementEnd;
	}
	return targets;
}

/**
 * Whether a count written before its noun (打造9家公立医院, 20家以上医疗机构…) states a target
 * or a result: a counting verb leads into it, or it opens its clause with 以上/以下, or it
 * continues a list of such counts (4万名…、2000名…).
 */
function countLeadsIn(text: string, clauseStart: number, valueStart: number, head: SubjectSpan, hasPost: boolean, lastCountEnd: number): boolean {
	const before = text.slice(clauseStart, valueStart);
	if (COUNT_VERB_END.test(before) || SERVE_LEAD.test(before)) return true;
	if (!head.subject && hasPost) return true;
	if (lastCountEnd >= 0 && LIST_GLUE.test(text.slice(lastCountEnd, valueStart))) return true;
	return false;
}

/**
 * Whether a count written after its noun (新建慢病一体化门诊6家) states a target or a result:
 * the clause opens with a counting verb (after time, scope and adverbs: 全年力争新增…), ends in
 * one (省部级科研项目立项1项), or continues a list of counts (…3个、数字心电仪206台).
 */
function countVerbAround(text: string, clauseStart: number, end: number, lastCountEnd: number): boolean {
	const from = skipLeadWords(text, clauseStart, end);
	if (COUNT_VERB_START.test(text.slice(from, end))) return true;
	if (COUNT_VERB_AT_END.test(text.slice(from, end))) return true;
	if (lastCountEnd >= 0 && LIST_GLUE.test(text.slice(lastCountEnd, clauseStart))) return true;
	return false;
}

/**
 * The measures named in the clause before a comparator that has no subject of its own
 * (提高健康知识知晓率和健康行为形成率，分别达到85%和80%以上). Only a clause of the same
 * sentence, after the last statement read, and only when it ends in a measure.
 */
function previousClause(text: string, sentenceStart: number, clauseStart: number, lastEnd: number): SubjectSpan | null {
	if (clauseStart <= sentenceStart || !/[，,]/.test(text[clauseStart - 1] ?? '')) return null;
	const start = Math.max(afterLast(text, sentenceStart, clauseStart - 1, CLAUSE_BOUNDARY), lastEnd);
	if (start >= clauseStart - 1) return null;
	const subject = trimSubject(text, start, clauseStart - 1);
	return subject.subject && isMeasure(subject.subject) ? subject : null;
}

/**
 * Pairs subjects with values: one each when the counts agree (A、B和C分别为x、y和z), every
 * subject with the one value (A和B均达95%), every value with the one subject, and otherwise
 * every value with the whole subject as written.
 */
function pairSubjects(parts: SubjectSpan[], whole: SubjectSpan, values: Quantity[]): Array<[SubjectSpan, Quantity]> {
	if (parts.length === values.length) return parts.map((part, index) => [part, values[index]]);
	if (values.length === 1) return parts.map((part) => [part, values[0]]);
	return values.map((value) => [parts.length === 1 ? parts[0] : whole, value]);
}
