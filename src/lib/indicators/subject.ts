/**
 * Finding the subject of a target: the measured noun phrase as written, trimmed of the time,
 * scope and verb words that surround it in a plan’s sentence.
 */

/** Characters that end a clause: the subject of a value never reaches across them. */
export const CLAUSE_BOUNDARY = /[，,。；;：:！!？?\n]/;

/**
 * Endings that make a phrase a measure (…率, …占比, 人均预期寿命). A subject ending in one of
 * these may stand before a value without a comparator (建档率86%) or before 为/是.
 */
const MEASURE_END =
	/(?:率|比|比例|占比|数|数量|量|寿命|水平|指标|时间|时长|覆盖面|满意度|知晓度|密度|完成度|额|费用|经费|标准|指数|值|幅度|增幅|降幅|均次|天数|床日|得分|分值|人数|次数|规模|总量|总额|下降|降低|减少|提高|提升|增长|增加|上升|缩短|压缩|减轻)$/;

/** Change words (下降5%): the value is a change, so the word stays in the subject. */
const CHANGE_END = /(?:下降|降低|减少|提高|提升|增长|增加|上升|缩短|压缩|减轻)$/;

/**
 * Words trimmed from the start of a subject, tried in order until none applies. Order matters:
 * a time phrase (2019年底) comes before a scope (全区) and a verb (力争达到) in plan prose, and
 * each regex only strips its own kind, so the loop peels them off from the outside in.
 */
const TIME = /^(?:到|至|截至|截止|于)?\s*(?:(?:19|20)\d{2}\s*年\s*(?:度|底|末|内|前|起)?|今年(?:底|内|末)?|明年|年底(?:前)?|年内|全年|当年|本年度?|今后|每年|年度|[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|末)?)\s*(?:前|止|以来)?/;
const SCOPE = /^(?:全区|全市|全县|全旗|全省|全国|全镇|全乡|全盟|全州|辖区内?|本区|本市|本县|我区|我市|我县)/;
const LEADING_FLUFF = [
	TIME,
	SCOPE,
	/^(?:并且|并|且|同时|其中|以及|和|及|使得|使(?!用)|让|要求|要|将|把|对|在(?![岗职校院册编线管])|实施|完成|确保|保证|力争|争取|努力|力求|推动|推进|促进|进一步|逐步|持续|不断|切实|着力|大力|全力|全面|积极|稳步|加快|提高|提升|扩大|降低|减少|增加|做到|达到|实现|有(?!效)|并使|共有|共计|共(?![享建同])|累计|合计|目前|现有|已经|已)(?![率数量比])/,
	/^(?:[一二三四五六七八九十]+是|其一|其二|首先|其次|再次|最后|另外|此外)/,
	/^[的、]/,
	/^\s+/,
] as const;

/** Words trimmed from the end of a subject, just before the comparator (…率要力争达到). */
const TRAILING_FLUFF =
	/(?:(?:持续|稳步|不断|进一步|逐步|明显)(?:提升|提高|改善|增长|下降|降低|优化)|分别|均|都|全部|要|需|须|应|必须|力争|争取|努力|力求|确保|保证|稳定|持续|基本|逐步|进一步|继续|仍|将|能|可|已经|已|累计|共计|合计|总计|始终|一直|年内|年底前|并|且|再|也|总体|平均|人均|整体|\s)+$/;

/** Adverbs that may open a clause before its verb (力争新增社区医院1家, 全年对…检查). */
const LEAD_ADVERB = /^(?:力争|争取|努力|确保|要|将|稳步|积极|持续|进一步|大力|着力|加快|逐步|对|并|同时|另外|此外)/;

/**
 * Skips the time, scope and adverb words at the start of a phrase (2019年全区力争…), leaving
 * the verb in place so that it can be tested.
 * @param text the searched text
 * @param start offset where the phrase starts
 * @param end offset where it ends
 * @returns the offset after those words and spaces
 */
export function skipLeadWords(text: string, start: number, end: number): number {
	let from = start;
	for (let changed = true; changed && from < end; ) {
		changed = false;
		const phrase = text.slice(from, end);
		for (const pattern of [TIME, SCOPE, LEAD_ADVERB, /^\s+/]) {
			const match = pattern.exec(phrase);
			if (match && match[0].length > 0) {
				from += match[0].length;
				changed = true;
			}
		}
	}
	return from;
}

/** List words inside a subject (孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率). 及以上 is no list. */
const LIST_SPLIT = /、|以及|和|及(?!以[上下])|与/g;

/** A trimmed subject and where it lies in the searched text. */
export interface SubjectSpan {
	/** The subject with spaces removed. */
	subject: string;
	/** Offset of its first character. */
	start: number;
	/** Offset just after its last character. */
	end: number;
}

/**
 * Trims time, scope and verb words from both ends of a phrase.
 * @param text the searched text
 * @param start offset where the phrase starts
 * @param end offset where it ends
 * @returns the trimmed subject and its offsets (empty subject when nothing is left)
 */
export function trimSubject(text: string, start: number, end: number): SubjectSpan {
	let from = start;
	let to = end;
	for (let changed = true; changed && from < to; ) {
		changed = false;
		const phrase = text.slice(from, to);
		for (const pattern of LEADING_FLUFF) {
			const match = pattern.exec(phrase);
			if (match && match[0].length > 0) {
				from += match[0].length;
				changed = true;
				break;
			}
		}
	}
	const trailing = TRAILING_FLUFF.exec(text.slice(from, to));
	if (trailing) to -= trailing[0].length;
	// A subject may not open with a closing bracket or quote left over from the clause before.
	while (from < to && /[)）”」』》\]]/.test(text[from])) from += 1;
	return { subject: text.slice(from, to).replace(/\s+/g, ''), start: from, end: to };
}

/**
 * @param subject a trimmed subject
 * @returns true when it names a measure (ends in 率, 占比, 寿命 … or a change word)
 */
export function isMeasure(subject: string): boolean {
	return MEASURE_END.test(subject);
}

/**
 * @param subject a trimmed subject
 * @returns true when it ends in a change word (较上年下降), so its value is a change
 */
export function isChange(subject: string): boolean {
	return CHANGE_END.test(subject);
}

/**
 * Splits a subject that lists several measures sharing one value or one comparator
 * (规范管理率和服药率达95%). Only splits when every part is itself a measure, so that
 * 高血压和糖尿病患者规范管理率 stays one subject, and not when the last part carries a change
 * word the others share (下沉医务人员数、下转病人数较上年度增长).
 * @param text the searched text
 * @param subject the subject span to split
 * @returns the parts (one part when the subject is not a list of measures)
 */
export function splitSubjects(text: string, subject: SubjectSpan): SubjectSpan[] {
	const phrase = text.slice(subject.start, subject.end);
	const parts: SubjectSpan[] = [];
	let from = 0;
	LIST_SPLIT.lastIndex = 0;
	for (let match = LIST_SPLIT.exec(phrase); ; match = LIST_SPLIT.exec(phrase)) {
		const to = match ? match.index : phrase.length;
		parts.push(trimSubject(text, subject.start + from, subject.start + to));
		if (!match) break;
		from = match.index + match[0].length;
	}
	if (parts.length < 2) return [subject];
	if (!parts.every((part) => part.subject && isMeasure(part.subject))) return [subject];
	const last = parts[parts.length - 1].subject;
	if (isChange(last) && !parts.slice(0, -1).some((part) => isChange(part.subject))) return [subject];
	return parts;
}
