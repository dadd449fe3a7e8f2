import { describe, expect, it } from 'vitest';
import {
	cleanTitle,
	findLeadingYear,
	findOpeningYear,
	findTitleYear,
	isTitleLine,
} from '../../../../src/lib/parse/titles.ts';

describe('isTitleLine', () => {
	it('takes a plain-line title without a notice wrapper', () => {
		expect(isTitleLine('泉州市卫生健康委员会2022年卫生健康工作总结')).toBe(true);
		expect(isTitleLine('副市长在2024年全市卫生健康工作会议上的讲话')).toBe(true);
	});

	it('refuses a column name that is only kind words', () => {
		expect(isTitleLine('计划总结')).toBe(false);
	});
});

describe('years', () => {
	it('reads the year of a title after a dash used as punctuation', () => {
		expect(findTitleYear('踔厉奋发开新局 笃行不怠向未来——2022年西吉县卫生健康工作会议')).toBe(2022);
	});

	it('reads no single year from a range or a deadline', () => {
		expect(findTitleYear('重庆市突发事件紧急医学救援规划(2023—2027年)')).toBeNull();
		expect(findOpeningYear('到2025年,基本建成应急指挥体系')).toBeNull();
		expect(findOpeningYear('截至2020年10月,全区共有医疗卫生机构1293间')).toBeNull();
	});

	it('reads a year that starts a paragraph, not one further into it', () => {
		expect(findLeadingYear('2025年以来,在市委、市政府的精心指导下')).toBe(2025);
		expect(findLeadingYear('自2002年12月调任市卫生局局长以来')).toBeNull();
	});
});

describe('cleanTitle', () => {
	it('drops the extension of a shared file', () => {
		expect(cleanTitle('卫生健康局2021年工作总结及2022年工作计划材料.docx')).toBe(
			'卫生健康局2021年工作总结及2022年工作计划材料',
		);
	});
});
