import { describe, expect, it } from 'vitest';
import { assignItemIds } from '../../../src/lib/item-ids.ts';

const ids = (headings: [number, string][]) =>
	assignItemIds(headings.map(([depth, text]) => ({ depth, text }))).map((anchor) => anchor.id);

describe('assignItemIds', () => {
	it('derives ids from the numbering path', () => {
		expect(ids([[2, '一、总体要求'], [2, '二、主要任务'], [3, '（一）实施全民健康促进行动'], [4, '1.工作目标。'], [5, '(1)持续推进健康上虞建设。']])).toEqual([
			's1', 's2', 's2-1', 's2-1-1', 's2-1-1-1',
		]);
	});

	it('keeps the value of items numbered continuously across sections', () => {
		expect(ids([[2, '一、党建'], [3, '（一）甲'], [3, '（二）乙'], [2, '二、医改'], [3, '（三）丙']])).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-3']);
	});

	it('does not change when the wording changes', () => {
		const before = ids([[2, '一、提高站位，深化全面从严治党'], [3, '（一）坚持党管意识形态。']]);
		const after = ids([[2, '一、深化全面从严治党'], [3, '（一）坚持党管意识形态工作。']]);
		expect(after).toEqual(before);
	});

	it('numbers unnumbered headings in document order', () => {
		expect(ids([[2, '总体要求'], [2, '一、任务'], [2, '保障措施']])).toEqual(['h1', 's1', 'h2']);
	});

	it('gives a number repeated under the same parent a run suffix, and its children follow it', () => {
		expect(ids([[2, '（一）上半年甲'], [3, '1.子'], [2, '（二）上半年乙'], [2, '（一）下半年甲'], [3, '1.子']])).toEqual(['s1', 's1-1', 's2', 's1r2', 's1r2-1']);
	});

	it('does not let an unnumbered heading break the numbering path', () => {
		expect(ids([[2, '上半年工作总结'], [3, '（一）甲'], [2, '下半年工作思路'], [3, '（一）乙']])).toEqual(['h1', 's1', 'h2', 's1r2']);
	});

	it('skips levels that have no heading above an item', () => {
		expect(ids([[3, '（二）直接从第二级开始']])).toEqual(['s2']);
	});
});
