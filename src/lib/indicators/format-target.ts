import type { IndicatorOp, IndicatorTarget } from './types.ts';

/** How each comparator reads before a value; `=` (达到, 为) needs no sign. */
const OP_SIGNS: Record<Exclude<IndicatorOp, 'range'>, string> = {
	'>=': '≥',
	'>': '>',
	'<=': '≤',
	'<': '<',
	'=': '',
	'~': '约',
};

/**
 * @param value a number as extracted
 * @returns it as the source would write it (no trailing zeros, no thousands separators)
 */
function formatNumber(value: number): string {
	return String(Number(value.toFixed(4)));
}

/**
 * Writes a target's value compactly for tables and chips: ≥90%, ≤9.5/10万, 80–90%, 约78岁.
 * @param target a target (its op, value, valueMax and unit)
 * @returns the value with its comparator sign and unit
 */
export function formatTargetValue(target: Pick<IndicatorTarget, 'op' | 'value' | 'valueMax' | 'unit'>): string {
	const unit = target.unit ?? '';
	if (target.op === 'range' && target.valueMax !== null) return `${formatNumber(target.value)}–${formatNumber(target.valueMax)}${unit}`;
	const sign = target.op === 'range' ? '' : OP_SIGNS[target.op];
	return `${sign}${formatNumber(target.value)}${unit}`;
}

/**
 * @param target a target (its kind and firmness)
 * @returns what kind of value it is, for visitors: 目标, 力争 (an aim), or 实际 (a reported result)
 */
export function describeTargetKind(target: Pick<IndicatorTarget, 'kind' | 'firm'>): '目标' | '力争' | '实际' {
	if (target.kind === 'achieved') return '实际';
	return target.firm ? '目标' : '力争';
}

/**
 * The number a chart plots for a target: a range's middle, otherwise its value.
 * @param target a target
 * @returns the value to plot
 */
export function plottedValue(target: Pick<IndicatorTarget, 'op' | 'value' | 'valueMax'>): number {
	return target.op === 'range' && target.valueMax !== null ? (target.value + target.valueMax) / 2 : target.value;
}
