import { describe, expect, it } from 'vitest';
import { renderTarget } from '../../../../src/lib/indicators/render-target.ts';
import type { IndicatorTarget } from '../../../../src/lib/indicators/types.ts';

const target: IndicatorTarget = { metric: 'family-doctor-contract', subject: '重点人群签约率', op: '>=', value: 75, valueMax: null, unit: '%', firm: true, kind: 'target', span: { start: 0, end: 12 }, text: '重点人群签约率达到75%以上' };

describe('renderTarget', () => {
	it('links the subject as worded to its family, with the value and its sign', () => {
		expect(renderTarget(target, { url: '/indicators/family-doctor-contract/', name: '家庭医生签约服务覆盖率' })).toBe(
			'<a href="/indicators/family-doctor-contract/" title="家庭医生签约服务覆盖率">重点人群签约率</a> <strong>≥75%</strong>',
		);
	});

	it('says when a value is only aimed at or was reported, and escapes a subject without a family', () => {
		expect(renderTarget({ ...target, firm: false, subject: '<签约>' })).toBe('&lt;签约&gt; <strong>≥75%</strong>（力争）');
		expect(renderTarget({ ...target, kind: 'achieved' })).toBe('重点人群签约率 <strong>≥75%</strong>（实际）');
	});
});
