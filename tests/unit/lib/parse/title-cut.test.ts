import { describe, expect, it } from 'vitest';
import { cutItemTitle } from '../../../../src/lib/parse/title-cut.ts';

describe('cutItemTitle', () => {
	it('cuts at the first full stop, keeping it', () => {
		expect(cutItemTitle('坚持党管意识形态，牢牢掌握领导权。树立宽广视野。')).toEqual({
			title: '坚持党管意识形态，牢牢掌握领导权。',
			rest: '树立宽广视野。',
			guessed: false,
		});
	});

	it('cuts at a semicolon', () => {
		expect(cutItemTitle('加强队伍建设；完善制度。').title).toBe('加强队伍建设；');
	});

	it('cuts at a space between Han characters (one-line tables)', () => {
		expect(cutItemTitle('总体要求 以习近平新时代中国特色社会主义思想为指导。')).toMatchObject({
			title: '总体要求',
			guessed: false,
		});
	});

	it('does not cut at a space after 和 or before a quote', () => {
		expect(cutItemTitle('做好标准化建设和 “空白村”全覆盖任务。全区推进。').title).toBe(
			'做好标准化建设和 “空白村”全覆盖任务。',
		);
	});

	it('guesses where a title without full stop runs into its body, and says so', () => {
		expect(cutItemTitle('健全完善分级诊疗制度认真总结推广试点经验,全面推开分级诊疗工作。')).toEqual(
			{
				title: '健全完善分级诊疗制度',
				rest: '认真总结推广试点经验,全面推开分级诊疗工作。',
				guessed: true,
			},
		);
		expect(cutItemTitle('深化支付方式和管理服务改革要主动配合人社部门,重点推进改革。').title).toBe(
			'深化支付方式和管理服务改革',
		);
	});

	it('does not guess inside a short whole title', () => {
		expect(cutItemTitle('应急救援能力进一步提升。组建队伍。')).toMatchObject({
			title: '应急救援能力进一步提升。',
			guessed: false,
		});
	});

	it('takes a short text without full stop as a whole title', () => {
		expect(cutItemTitle('重点举措')).toEqual({ title: '重点举措', rest: '', guessed: false });
	});

	it('caps a long first sentence at a comma and says so', () => {
		const cut = cutItemTitle(
			`以深入开展学习教育常态化制度化和深化工作落实年活动为抓手,${'扎实抓好主题教育'.repeat(8)}。`,
		);
		expect(cut.title).toBe('以深入开展学习教育常态化制度化和深化工作落实年活动为抓手,');
		expect(cut.guessed).toBe(true);
	});
});
