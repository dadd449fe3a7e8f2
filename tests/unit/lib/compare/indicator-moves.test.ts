import { describe, expect, it } from 'vitest';
import { findIndicatorMoves, type PlanTarget } from '../../../../src/lib/compare/indicator-moves.ts';

const target = (item: string, metric: string | null, subject: string, value: number, unit: string | null = '%', op = '>='): PlanTarget => ({ item, metric, subject, op, value, unit });

/** One line per move: subject from → to (direction) itemA → itemB. */
function lines(moves: ReturnType<typeof findIndicatorMoves>['moves']): string[] {
	return moves.map((move) => `${move.subject} ${move.from}→${move.to} ${move.direction} ${move.itemA}→${move.itemB}`);
}

describe('findIndicatorMoves', () => {
	it('pairs targets of the same metric and reports the direction', () => {
		const result = findIndicatorMoves(
			[target('s2-2', 'family-doctor-signing', '家庭医生签约率', 60), target('s3-3', 'maternal-mortality', '孕产妇死亡率', 10, '/10万', '<='), target('s3-3', 'infant-mortality', '婴儿死亡率', 5, '‰', '<=')],
			[target('s2-3', 'family-doctor-signing', '家庭医生签约率', 65), target('s3-2', 'maternal-mortality', '孕产妇死亡率', 9, '/10万', '<='), target('s3-2', 'infant-mortality', '婴儿死亡率', 5, '‰', '<=')],
		);
		expect(lines(result.moves)).toEqual(['家庭医生签约率 60→65 up s2-2→s2-3', '孕产妇死亡率 10→9 down s3-3→s3-2', '婴儿死亡率 5→5 same s3-3→s3-2']);
		expect(result.onlyA).toEqual([]);
		expect(result.onlyB).toEqual([]);
	});

	it('pairs unrecognised targets (metric null) by their subject wording', () => {
		const result = findIndicatorMoves([target('s1-3', null, '县域内就诊率', 90)], [target('s1-3', null, '县域内 就诊率', 92), target('s1-4', null, '基层就诊率', 65)]);
		expect(lines(result.moves)).toEqual(['县域内 就诊率 90→92 up s1-3→s1-3']);
		expect(result.onlyB.map((only) => only.subject)).toEqual(['基层就诊率']);
	});

	it('prefers the target in the aligned item when one metric is stated twice', () => {
		// Plan A states the signing rate in s2-2 (overall) and s2-2-1 (key groups); plan B moved both down one number.
		const a = [target('s2-2', 'family-doctor-signing', '签约率', 60), target('s2-2-1', 'family-doctor-signing', '签约率', 70)];
		const b = [target('s2-3-1', 'family-doctor-signing', '签约率', 75), target('s2-3', 'family-doctor-signing', '签约率', 65)];
		const aligned = new Map([['s2-2', 's2-3'], ['s2-2-1', 's2-3-1']]);
		expect(lines(findIndicatorMoves(a, b, aligned).moves)).toEqual(['签约率 70→75 up s2-2-1→s2-3-1', '签约率 60→65 up s2-2→s2-3']);
		// Without the alignment, document order decides and pairs them crosswise.
		expect(lines(findIndicatorMoves(a, b).moves)).toEqual(['签约率 60→75 up s2-2→s2-3-1', '签约率 70→65 down s2-2-1→s2-3']);
	});

	it('does not pair targets whose units differ', () => {
		const result = findIndicatorMoves([target('s3-3', 'infant-mortality', '婴儿死亡率', 5, '‰', '<=')], [target('s3-2', 'infant-mortality', '婴儿死亡率', 5, '%', '<=')]);
		expect(result.moves).toEqual([]);
		expect(result.onlyA).toHaveLength(1);
		expect(result.onlyB).toHaveLength(1);
	});

	it('reports targets found only in one plan', () => {
		const result = findIndicatorMoves(
			[target('s4-2', 'tcm-specialties', '中医重点专科', 2, '个', '=')],
			[target('s3-3-3', 'newborn-screening', '新生儿遗传代谢性疾病筛查率', 98)],
		);
		expect(result.onlyA.map((only) => only.item)).toEqual(['s4-2']);
		expect(result.onlyB.map((only) => only.item)).toEqual(['s3-3-3']);
	});
});
