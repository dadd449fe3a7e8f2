import { describe, expect, it } from 'vitest';
import { EMPTY_OUTLINE } from '../../../../src/lib/parse/outline-state.ts';
import { splitLineAtMarkers } from '../../../../src/lib/parse/split-inline.ts';

const summary = (text: string) =>
	splitLineAtMarkers(text, EMPTY_OUTLINE).pieces.map(
		(piece) => `${piece.level}:${piece.marker?.raw.trim() ?? '-'}`,
	);

describe('splitLineAtMarkers', () => {
	it('splits four levels pasted on one line by expected sequence', () => {
		expect(
			summary(
				'一、总体要求 正文。 二、主要任务 (一)行动 1.工作目标。 2.重点举措 (1)甲。 (2)乙。 (二)行动',
			),
		).toEqual(['1:一、', '1:二、', '2:(一)', '3:1.', '3:2.', '4:(1)', '4:(2)', '2:(二)']);
	});

	it('keeps numbers that are not the next marker inside the text', () => {
		const pieces = splitLineAtMarkers(
			'一、目标 寿命 82.8 岁， 9.0% 以下， 2025-01145 号， (2016-2020年) 规划， 1+X 模式， (3) 项',
			EMPTY_OUTLINE,
		).pieces;
		expect(pieces).toHaveLength(1);
	});

	it('does not split a marker glued to the previous text', () => {
		expect(summary('一、目标 完成。(一)不是行首也无空格')).toEqual(['1:一、']);
	});

	it('takes a line-start marker even when it skips a number, and reports the gap', () => {
		const first = splitLineAtMarkers('（一）甲。', EMPTY_OUTLINE);
		const second = splitLineAtMarkers('（三）丙。', first.state);
		expect(second.pieces[0]).toMatchObject({ level: 1, issue: 'gap' });
	});

	it('accepts items numbered continuously across sections', () => {
		let state = EMPTY_OUTLINE;
		const issues = ['一、甲', '（一）a', '（二）b', '二、乙', '（三）c'].map((line) => {
			const result = splitLineAtMarkers(line, state);
			state = result.state;
			return result.pieces[0].issue;
		});
		expect(issues).toEqual([null, null, null, null, null]);
	});
});

describe('heading levels', () => {
	it('never jump more than one level when the source skips a rank', () => {
		let state = EMPTY_OUTLINE;
		const levels = ['（一）甲', '一、乙', '1.丙', '（二）丁', '1.戊'].map((line) => {
			const result = splitLineAtMarkers(line, state);
			state = result.state;
			return result.pieces[0].level;
		});
		// 一、 ranks between （一） and 1.; the 1. under （二） has no open 一、 and sits right below it.
		expect(levels).toEqual([1, 2, 3, 1, 2]);
	});
});
