import { describe, expect, it } from 'vitest';
import { describeTargetKind, formatTargetValue, plottedValue } from '../../../../src/lib/indicators/format-target.ts';

describe('formatTargetValue', () => {
	it('writes the comparator as a sign before the value and the unit after it', () => {
		expect(formatTargetValue({ op: '>=', value: 90, valueMax: null, unit: '%' })).toBe('≥90%');
		expect(formatTargetValue({ op: '<=', value: 9.5, valueMax: null, unit: '/10万' })).toBe('≤9.5/10万');
		expect(formatTargetValue({ op: '=', value: 60, valueMax: null, unit: '%' })).toBe('60%');
		expect(formatTargetValue({ op: '~', value: 78.3, valueMax: null, unit: '岁' })).toBe('约78.3岁');
		expect(formatTargetValue({ op: '>', value: 3, valueMax: null, unit: null })).toBe('>3');
	});

	it('writes a range with both ends', () => {
		expect(formatTargetValue({ op: 'range', value: 80, valueMax: 90, unit: '%' })).toBe('80–90%');
	});
});

describe('describeTargetKind', () => {
	it('tells a firm target, an aim and a reported result apart', () => {
		expect(describeTargetKind({ kind: 'target', firm: true })).toBe('目标');
		expect(describeTargetKind({ kind: 'target', firm: false })).toBe('力争');
		expect(describeTargetKind({ kind: 'achieved', firm: true })).toBe('实际');
	});
});

describe('plottedValue', () => {
	it('plots the middle of a range and the value otherwise', () => {
		expect(plottedValue({ op: 'range', value: 80, valueMax: 90 })).toBe(85);
		expect(plottedValue({ op: '>=', value: 90, valueMax: null })).toBe(90);
	});
});
