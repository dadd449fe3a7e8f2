import { kindRole, type PlanKind } from '../kinds.ts';
import type { IndicatorKind } from './types.ts';

/**
 * Words that tell a target (力争达到) from a reported result (已完成). `strong` markers decide on
 * their own; `weak` ones (达到, 完成, 建成) read both ways, so they only decide when the document
 * kind gives no hint (a summary may say 控制在 of a result, a plan 完成 of a target). When several markers precede a value the nearest one wins, which is why
 * the table order does not matter; the longer of two overlapping words (全年共 over 共) is found
 * because each word is searched separately and the match ending nearest the value is kept.
 */
export const KIND_MARKERS = [
	{ pattern: /已经|已(?![知有婚])/g, kind: 'achieved', strength: 'strong' },
	{ pattern: /累计|全年共|共计|合计|总计|截至|截止|同比|先后|目前|现有|实际/g, kind: 'achieved', strength: 'strong' },
	{ pattern: /(?<![为除])了(?!解)/g, kind: 'achieved', strength: 'strong' },
	{ pattern: /力争|争取|确保|努力|力求|计划(?!生育|免疫)|拟|预期|必须/g, kind: 'target', strength: 'strong' },
	{ pattern: /(?<![重主需纲])要(?![素点求])|将(?![近军])/g, kind: 'target', strength: 'strong' },
	{ pattern: /到\s*20\d{2}\s*年|20\d{2}\s*年(?:底|末)前|年底前|年内|今年(?!以来)|明年|下一步|下步/g, kind: 'target', strength: 'strong' },
	{ pattern: /完成|建成|实现/g, kind: 'achieved', strength: 'weak' },
	{ pattern: /达到|控制在|不低于|不少于|不超过|不高于/g, kind: 'target', strength: 'weak' },
] as const satisfies readonly { pattern: RegExp; kind: IndicatorKind; strength: 'strong' | 'weak' }[];


/** The marker nearest to the end of `window`, among those of one strength. */
function nearest(window: string, strength: 'strong' | 'weak'): IndicatorKind | null {
	let best: { end: number; kind: IndicatorKind } | null = null;
	for (const marker of KIND_MARKERS) {
		if (marker.strength !== strength) continue;
		marker.pattern.lastIndex = 0;
		for (let match = marker.pattern.exec(window); match; match = marker.pattern.exec(window)) {
			const end = match.index + match[0].length;
			if (!best || end > best.end) best = { end, kind: marker.kind };
		}
	}
	return best?.kind ?? null;
}

/**
 * Decides whether a value is a target or a reported result, from the wording before it and the
 * kind of document it appears in. The value's own clause is read first, then the document kind,
 * and only then the rest of the sentence, so that in “已建成12家，今年新增5家” the 已 of the
 * first clause does not make the second a result.
 * @param clause the value's clause, up to the end of the value and its comparator
 * @param documentKind the plan's kind (要点, 总结 …), or null when unknown
 * @param hasComparator whether a comparator was written (以上, 不低于 …): with no other clue a
 *   bare value (建档率86%) reads as a result and a compared one as a target
 * @param sentence the whole sentence up to the same point (defaults to the clause)
 * @returns `target` or `achieved`
 */
export function classifyKind(clause: string, documentKind: PlanKind | null, hasComparator: boolean, sentence: string = clause): IndicatorKind {
	const own = nearest(clause, 'strong');
	if (own) return own;
	// A report's values are results, a plan's or programme's targets, unless the wording said otherwise above.
	const role = documentKind ? kindRole(documentKind) : 'other';
	if (role === 'report') return 'achieved';
	if (role === 'plan' || role === 'programme') return 'target';
	return nearest(sentence, 'strong') ?? nearest(sentence, 'weak') ?? (hasComparator ? 'target' : 'achieved');
}
