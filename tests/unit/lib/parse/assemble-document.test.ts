import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../../src/lib/parse/index.ts';

const meta = (text: string) => importPlanText(text, 'case.txt', { importedOn: '2026-11-24' }).documents[0].metadata;
const BODY = '一、总体要求\n坚持人民至上。';

describe('agency', () => {
	it('gives a place-less 发布机构 the place the notice names it with', () => {
		expect(
			meta(`发布机构: 省卫生健康委 文号: 浙卫发〔2023〕10号\n浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知\n各单位:\n2023年全省卫生健康工作要点\n${BODY}`).agency,
		).toBe('浙江省卫生健康委');
	});

	it('takes the issuer named before 关于, even when it is not a health agency', () => {
		expect(meta(`福建省人民政府办公厅关于印发福建省卫生健康发展专项规划的通知\n各有关单位:\n福建省卫生健康发展专项规划\n${BODY}`).agency).toBe('福建省人民政府办公厅');
	});

	it('does not take a person’s post for the publisher', () => {
		expect(meta('卫生局局长述职报告\n主任、各位委员:\n本人于2002年担任县卫生局局长。').agency).toBeNull();
	});

	it('takes the organ that signs above the date', () => {
		expect(meta('各省辖市:\n现将《健康中原行动2020年实施方案》印发给你们,请认真组织实施。\n健康中原行动推进委员会\n2020年5月15日').agency).toBe('健康中原行动推进委员会');
	});

	it('takes an agency named by the source line, not a newspaper', () => {
		expect(meta('安岳县召开2023年卫生健康工作大会\n2023-03-22 来源:安岳县卫生健康局 关闭 打印\n3月21日,大会召开。').agency).toBe('安岳县卫生健康局');
		expect(meta('2020年全市卫生健康工作会议召开\n来源:韶关日报 日期:2020-01-10\n今日下午,会议召开。').agency).toBeNull();
	});

	it('falls back on the subject of the opening sentence', () => {
		expect(meta('2022年,是具有特殊重要意义的一年,番禺区卫生健康局围绕发展主线,多项工作成绩明显。').agency).toBe('番禺区卫生健康局');
	});
});

describe('year', () => {
	it('reads the year that starts the paragraph after an addressee line', () => {
		expect(meta('市委、市政府:\n2025年以来,我委紧扣法治政府建设总体目标,取得阶段性成效。').year).toBe(2025);
	});

	it('does not read a year further into the opening sentence', () => {
		expect(meta('卫生局局长本人任现职以来述职报告\n主任、各位委员:\n自2002年12月调任市卫生局局长以来,本人积极履职。').year).toBeNull();
	});
});
