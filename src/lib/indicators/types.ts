/**
 * How a target's value relates to the measured quantity. A small closed set, so pages and CSV
 * readers can rely on it:
 * - `>=` at least (以上, 不低于, 不少于, 至少, 提高到 …)
 * - `>`  more than (超过, 超, 高于)
 * - `<=` at most (以下, 以内, 不超过, 不高于, 控制在, 降至 …)
 * - `<`  less than (低于, 少于)
 * - `=`  reach or be (达到, 达, 为, 保持在, or no comparator at all)
 * - `~`  about (左右, 约, 近)
 * - `range` between `value` and `valueMax` (80%—90%)
 */
export type IndicatorOp = '>=' | '>' | '<=' | '<' | '=' | '~' | 'range';

/** `target`: a value the document commits to reach; `achieved`: a value it reports as done. */
export type IndicatorKind = 'target' | 'achieved';

/** One quantitative statement found in an item's text. The caller adds plan, item and year. */
export interface IndicatorTarget {
	/** Id of the indicator family from content/indicators.yaml, or null when no family fits. */
	metric: string | null;
	/** What is measured, as written and trimmed to the measured noun phrase (孕产妇死亡率). */
	subject: string;
	/** How the value relates to the subject (see {@link IndicatorOp}). */
	op: IndicatorOp;
	/** The value as written, without its unit (9.5 for 9.5/10万); the lower end of a range. */
	value: number;
	/** The upper end when `op` is `range`, otherwise null. */
	valueMax: number | null;
	/** The normalised unit (%, ‰, /10万, 岁, 人 …), or null when the number has none. */
	unit: string | null;
	/** False when the wording only aims at the value (力争, 争取, 努力); true otherwise. */
	firm: boolean;
	/** Whether the value is a target or a reported result (see {@link IndicatorKind}). */
	kind: IndicatorKind;
	/** Offsets into the searched text, `text === source.slice(span.start, span.end)`. */
	span: { start: number; end: number };
	/** The exact source span: subject (when adjacent), comparator, value and unit as written. */
	text: string;
}
