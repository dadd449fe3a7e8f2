import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../../src/lib/parse/kind.ts';

describe('detectKind', () => {
	it.each([
		['公共卫生自查报告', '自查报告'],
		['区卫健局2025年工作述职报告', '述职报告'],
		['卫生局局长本人任现职以来述职报告', '述职报告'],
		['嵩明县卫生健康局2025年政府信息公开工作年度报告', '年度报告'],
		['健康中原行动2020年实施方案', '方案'],
		['市卫生健康委2024年工作总结及2025年工作谋划', '总结与计划'],
		['县卫健委2023年工作总结及2024年工作安排', '总结与计划'],
		['乡镇2015年卫生和人口计生工作汇报', '总结'],
		['新乡市公共卫生体系建设三年行动计划(2023—2025年)', '计划'],
		['湖南省“十四五”醫療衛生服務體係規劃', '规划'],
	])('reads %s as %s', (title, kind) => {
		expect(detectKind(title)).toBe(kind);
	});

	it('does not take news of a meeting or a speech for a plan', () => {
		expect(detectKind('阳东区卫生健康局召开阳东区卫生健康系统2024年上半年工作总结及下半年工作部署会议')).toBe('其他');
		expect(detectKind('副市长在2024年全市卫生健康工作会议上的讲话')).toBe('其他');
	});

	it('reads a notice by the document it issues, and a name it only quotes not at all', () => {
		expect(detectKind('关于印发《2019年全市卫生健康工作要点》的通知')).toBe('要点');
		expect(detectKind('关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知')).toBe('其他');
	});
});
