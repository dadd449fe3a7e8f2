import { describe, expect, it } from 'vitest';
import { splitGluedTitle } from '../../../../src/lib/parse/glued-title.ts';

const BODY = '在区委、区政府的正确领导下,我们全面贯彻落实党的二十大精神,不断提升医疗卫生服务水平。';

describe('splitGluedTitle', () => {
	it('splits a title that runs into the first sentence at its last kind word', () => {
		expect(splitGluedTitle(`2023年XX区卫生健康工作总结及2024年工作计划2023年,${BODY}`)).toEqual({
			title: '2023年XX区卫生健康工作总结及2024年工作计划',
			rest: `2023年,${BODY}`,
		});
	});

	it('keeps a site suffix after the kind word (文稿, 范文)', () => {
		expect(splitGluedTitle(`2021年区卫计局今年工作总结明年工作安排文稿今年以来,${BODY}`)?.title).toBe(
			'2021年区卫计局今年工作总结明年工作安排文稿',
		);
	});

	it('splits a report title before its salutation', () => {
		expect(splitGluedTitle(`区卫健局2025年工作述职报告各位领导、同志们:${BODY}`)?.title).toBe(
			'区卫健局2025年工作述职报告',
		);
	});

	it('leaves a paragraph that starts with a sentence or a quoted name', () => {
		expect(splitGluedTitle(`2022年,是具有特殊重要意义的一年,${BODY}`)).toBeNull();
		expect(splitGluedTitle(`根据《2023年全市卫生健康工作要点》要求,${BODY}`)).toBeNull();
	});
});
