import type { IndicatorOp } from './types.ts';

/**
 * Comparators written between the subject and the value (率达到90%), as written → op.
 *
 * Order matters twice. The table becomes one alternation anchored at the value, and the regex
 * engine returns the match that starts leftmost, so 控制在 wins over 在 and 不超过 over 超过 by
 * itself; among alternatives starting at the same character the first listed wins, so each longer
 * form (达到, 保持在) is listed before the shorter form it starts with (达, 保持).
 * Single characters that also end common words carry a guard: 约 in 签约/预约, 达 in 到达, 为 in
 * 作为/行为, 近 in 接近 are not comparators.
 */
export const PRE_COMPARATORS = [
	{ written: '不低于', op: '>=' },
	{ written: '不少于', op: '>=' },
	{ written: '不小于', op: '>=' },
	{ written: '至少', op: '>=' },
	{ written: '不高于', op: '<=' },
	{ written: '不超过', op: '<=' },
	{ written: '不大于', op: '<=' },
	{ written: '不多于', op: '<=' },
	{ written: '控制在', op: '<=' },
	{ written: '控制到', op: '<=' },
	{ written: '降低到', op: '<=' },
	{ written: '降低至', op: '<=' },
	{ written: '下降到', op: '<=' },
	{ written: '下降至', op: '<=' },
	{ written: '减少到', op: '<=' },
	{ written: '减少至', op: '<=' },
	{ written: '缩短到', op: '<=' },
	{ written: '缩短至', op: '<=' },
	{ written: '降到', op: '<=' },
	{ written: '降至', op: '<=' },
	{ written: '提高到', op: '>=' },
	{ written: '提高至', op: '>=' },
	{ written: '提升到', op: '>=' },
	{ written: '提升至', op: '>=' },
	{ written: '增加到', op: '>=' },
	{ written: '增加至', op: '>=' },
	{ written: '增长到', op: '>=' },
	{ written: '增长至', op: '>=' },
	{ written: '上升到', op: '>=' },
	{ written: '上升至', op: '>=' },
	{ written: '增至', op: '>=' },
	{ written: '扩大到', op: '>=' },
	{ written: '扩大至', op: '>=' },
	{ written: '保持在', op: '=' },
	{ written: '维持在', op: '=' },
	{ written: '稳定在', op: '=' },
	{ written: '保持', op: '=' },
	{ written: '维持', op: '=' },
	{ written: '精准到', op: '=' },
	{ written: '达到', op: '=' },
	{ written: '达至', op: '=' },
	{ written: '达', op: '=' },
	{ written: '超过', op: '>' },
	{ written: '超出', op: '>' },
	{ written: '高于', op: '>' },
	{ written: '大于', op: '>' },
	{ written: '多于', op: '>' },
	{ written: '超', op: '>' },
	{ written: '低于', op: '<' },
	{ written: '少于', op: '<' },
	{ written: '小于', op: '<' },
	{ written: '覆盖', op: '=' },
	{ written: '为', op: '=' },
	{ written: '是', op: '=' },
	{ written: '约', op: '~' },
	{ written: '近', op: '~' },
	{ written: '≥', op: '>=' },
	{ written: '≤', op: '<=' },
	{ written: '>=', op: '>=' },
	{ written: '<=', op: '<=' },
	{ written: '＞', op: '>' },
	{ written: '＜', op: '<' },
	{ written: '>', op: '>' },
	{ written: '<', op: '<' },
] as const satisfies readonly { written: string; op: IndicatorOp }[];

/**
 * Comparators that are also everyday words (为, 是, 覆盖): they only count when the subject before
 * them names a measure (…率为95%), never after a bare verb or a place (作为全国567个…).
 */
export const WEAK_COMPARATORS: ReadonlySet<string> = new Set(['为', '是', '覆盖', '保持', '维持']);

/** Characters that, just before a one-character comparator, make it part of another word. */
const GUARDS: Readonly<Record<string, string>> = {
	约: '签预节制契公条大隐',
	达: '到传表抵通发下送直',
	为: '作成认行因以称更较视改',
	是: '但就于还正也都即总但若',
	近: '接最附邻将亲',
	超: '赶',
};

/**
 * Comparators written after the value (90%以上), as written → op. Order matters for the same
 * reason as above: 及以上 must be tried before 以上 so that the 及 is part of the comparator.
 */
export const POST_COMPARATORS = [
	{ written: '及以上', op: '>=' },
	{ written: '及以下', op: '<=' },
	{ written: '以上', op: '>=' },
	{ written: '以下', op: '<=' },
	{ written: '以内', op: '<=' },
	{ written: '之内', op: '<=' },
	{ written: '左右', op: '~' },
] as const satisfies readonly { written: string; op: IndicatorOp }[];

/** Words that make a target aspirational instead of firm (力争达到90%). */
export const ASPIRATION_WORDS = ['力争', '争取', '努力', '力求', '尽量', '尽可能', '争创'] as const;

/** Per-person or per-period words allowed between a comparator and its value (提高到人均50元). */
const VALUE_QUALIFIER = '(?:人均|平均|年均|每人|每年|每月|每周|每天|每日)?';

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PRE_RE = new RegExp(
	`(?:${PRE_COMPARATORS.map(({ written }) => {
		const guard = GUARDS[written];
		return guard ? `(?<![${guard}])${escape(written)}` : escape(written);
	}).join('|')})\\s*${VALUE_QUALIFIER}\\s*$`,
);
const PRE_OP = new Map<string, IndicatorOp>(PRE_COMPARATORS.map(({ written, op }) => [written, op]));
const POST_RE = new RegExp(`\\s*(${POST_COMPARATORS.map(({ written }) => escape(written)).join('|')})`, 'y');
const POST_OP = new Map<string, IndicatorOp>(POST_COMPARATORS.map(({ written, op }) => [written, op]));
const QUALIFIER_RE = new RegExp(`${VALUE_QUALIFIER}\\s*$`);

/** A comparator found before a value. */
export interface PreComparator {
	/** Its op. */
	op: IndicatorOp;
	/** The comparator as written (without the qualifier that may follow it). */
	written: string;
	/** Offset (into the string searched) where the comparator starts. */
	start: number;
}

/**
 * Finds the comparator that ends right before a value.
 * @param before the text from the start of the clause up to the value
 * @returns the comparator and where it starts, or null when the value follows something else
 */
export function matchPreComparator(before: string): PreComparator | null {
	const match = PRE_RE.exec(before);
	if (!match) return null;
	const written = match[0].replace(QUALIFIER_RE, '').trim();
	const op = PRE_OP.get(written);
	return op ? { op, written, start: match.index } : null;
}

/**
 * Reads a comparator written right after a value (以上, 以下, 左右 …).
 * @param text the searched text
 * @param at offset just after the value's unit
 * @returns the op and where the comparator ends, or null
 */
export function readPostComparator(text: string, at: number): { op: IndicatorOp; end: number } | null {
	POST_RE.lastIndex = at;
	const match = POST_RE.exec(text);
	if (!match) return null;
	const op = POST_OP.get(match[1]);
	return op ? { op, end: at + match[0].length } : null;
}

/**
 * Length of the per-person qualifier (人均 …) that ends `before`, so spans and subjects skip it.
 * @param before text up to a value
 * @returns how many characters at the end of `before` are a qualifier (0 when none)
 */
export function qualifierLength(before: string): number {
	return QUALIFIER_RE.exec(before)?.[0].length ?? 0;
}
