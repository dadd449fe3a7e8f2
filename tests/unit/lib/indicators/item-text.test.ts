import { describe, expect, it } from 'vitest';
import { extractItemIndicators, itemIndicatorText } from '../../../../src/lib/indicators/item-text.ts';

describe('extractItemIndicators', () => {
	const item = { title: '工作目标。', text: '人均预期寿命超82.8岁,全民健康素养水平达45%。' };

	it('reads the title and the text as one string joined by a line break', () => {
		expect(itemIndicatorText(item)).toBe('工作目标。\n人均预期寿命超82.8岁,全民健康素养水平达45%。');
		expect(itemIndicatorText({ title: '新增托位200个以上', text: '' })).toBe('新增托位200个以上');
	});

	it('returns spans into that string', () => {
		const source = itemIndicatorText(item);
		const targets = extractItemIndicators(item);
		expect(targets.map((target) => source.slice(target.span.start, target.span.end))).toEqual(['人均预期寿命超82.8岁', '全民健康素养水平达45%']);
	});

	it('does not let a title run into its text', () => {
		expect(extractItemIndicators({ title: '规范管理率', text: '60%' })).toEqual([]);
	});
});
