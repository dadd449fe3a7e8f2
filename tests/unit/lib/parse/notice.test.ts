import { describe, expect, it } from 'vitest';
import { findDocumentFrame, noticeIssuer } from '../../../../src/lib/parse/notice.ts';
import type { SourceLine } from '../../../../src/lib/parse/types.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ no: index + 1, text }));
const BODY = '一、总体要求';

describe('findDocumentFrame', () => {
	it('joins a notice title broken over lines, issuer first, and finds the heading it names', () => {
		const frame = findDocumentFrame(
			lines(
				'赣州市人民政府办公厅',
				'关于印发2015年全市深化医药卫生',
				'体制改革下步工作要点的通知',
				'各县(市、区)人民政府:',
				'2015917',
				'2015年全市深化医药卫生体制改革下步工作要点',
				BODY,
			),
		);
		expect(frame.noticeTitleText).toBe('赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知');
		expect(frame.titleText).toBe('2015年全市深化医药卫生体制改革下步工作要点');
		expect(frame.body.map((line) => line.text)).toEqual([BODY]);
	});

	it('reports the page title that repeats the notice above its broken copy', () => {
		const frame = findDocumentFrame(
			lines(
				'湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知',
				'湖州市卫生健康委关于印发',
				'2023年全市卫生健康工作要点的通知',
				'现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。',
				'2023年全市卫生健康工作要点',
				BODY,
			),
		);
		expect(frame.repeatedTitles.map((line) => line.no)).toEqual([1]);
		expect(frame.titleText).toBe('2023年全市卫生健康工作要点');
	});

	it('joins a heading broken over two lines', () => {
		const frame = findDocumentFrame(
			lines(
				'河北省卫生健康委员会关于印发《健康河北建设行动方案(2023—2027年)》的通知',
				'各市人民政府:',
				'健康河北建设行动方案',
				'(2023—2027年)',
				BODY,
			),
		);
		expect(frame.titleText).toBe('健康河北建设行动方案(2023—2027年)');
		expect(frame.titleLines).toHaveLength(2);
	});

	it('takes a notice that issues nothing (关于召开…的通知) for the document itself', () => {
		const frame = findDocumentFrame(lines('关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知', '各有关单位:'));
		expect(frame.noticeTitle).toBeNull();
	});

	it('never takes a breadcrumb for the title (the classifier drops it, the frame skips it)', () => {
		const frame = findDocumentFrame(lines('2022年奉新县卫生健康委工作总结', BODY));
		expect(frame.titleText).toBe('2022年奉新县卫生健康委工作总结');
	});

	it('takes the line above the byline for a headline without kind words', () => {
		const frame = findDocumentFrame(
			[
				{ no: 3, text: '2020年全市卫生健康工作会议召开' },
				{ no: 6, text: '5月28日上午,我市召开2020年卫生健康工作会议。' },
			],
			{ bylineLines: [4] },
		);
		expect([frame.titleText, frame.titleFrom]).toEqual(['2020年全市卫生健康工作会议召开', 'headline']);
	});

	it('prefers a title-like line above the headline when the rows stand at the end of a notice', () => {
		const frame = findDocumentFrame(
			[
				{ no: 1, text: '2024年全县卫生健康工作计划' },
				{ no: 2, text: '各乡镇卫生院:' },
				{ no: 3, text: '2024年3月1日' },
			],
			{ bylineLines: [4] },
		);
		expect(frame.titleText).toBe('2024年全县卫生健康工作计划');
	});

	it('takes the 名称 of a disclosure table when no line carries the title', () => {
		const frame = findDocumentFrame(lines('2023年,县卫生健康委坚持以人民为中心。'), {
			metadataTitle: '县卫健委2023年工作总结及2024年工作安排',
		});
		expect([frame.titleText, frame.titleFrom]).toEqual(['县卫健委2023年工作总结及2024年工作安排', 'table']);
	});

	it('splits a title glued to the first sentence', () => {
		const frame = findDocumentFrame(
			lines(
				'2021年度卫计局工作总结 201X年,是卫生计生献礼的关键之年。一年来,我们在区委区政府的正确领导下,砥砺奋进,克难求进,圆满完成了全年各项目标任务。',
			),
		);
		expect(frame.titleText).toBe('2021年度卫计局工作总结');
		expect(frame.body[0].text).toMatch(/^201X年/);
	});

	it('takes the name the opening quotes when the page prints no heading', () => {
		const frame = findDocumentFrame(
			lines('各省辖市:', '现将《健康中原行动2020年实施方案》印发给你们,请结合实际,认真组织实施。'),
		);
		expect([frame.titleText, frame.titleFrom]).toEqual(['健康中原行动2020年实施方案', 'quote']);
	});

	it('splits a document number in parentheses off the title', () => {
		const frame = findDocumentFrame(lines('2023年全市卫生健康工作要点（某卫发〔2023〕1号）', BODY));
		expect([frame.titleText, frame.titleDocNo]).toEqual(['2023年全市卫生健康工作要点', '某卫发〔2023〕1号']);
	});
});

describe('noticeIssuer', () => {
	it('names the first of several issuers, and no one for a notice without an issuer', () => {
		expect(noticeIssuer('重庆市卫生健康委员会 重庆市中医管理局关于印发《…》的通知')).toBe('重庆市卫生健康委员会');
		expect(noticeIssuer('关于印发2017年全市卫生计生工作要点的通知')).toBeNull();
	});
});
