import { describe, expect, it } from 'vitest';
import { isBreadcrumb } from '../../../../src/lib/parse/breadcrumb.ts';

describe('isBreadcrumb', () => {
	it.each([
		['a trail ending in a column named like a kind', '您当前所在位置: 首页>政府信息公开>政府部门信息公开>县卫健委>法定主动公开内容>工作计划'],
		['a trail with spaced separators', '当前位置:首页 > 政务公开 > 信息公开目录 > 工作总结'],
		['a trail with double arrows', '您现在的位置: 首页 >> 政务公开 >> 重点信息公开 >> 医疗卫生'],
		['a trail that starts at 网站首页', '网站首页> 市卫健委> 重大决策预公开> 意见征集'],
		['the rest of a trail on the next line', '>政务频道 >政务公开 >本局文件'],
		['a trail named 您的位置', '您的位置:新文秘网>>卫生/医院/年终总结/工作总结/个人总结/计划规划/>>正文'],
	])('takes %s', (_, text) => {
		expect(isBreadcrumb(text)).toBe(true);
	});

	it('keeps titles and sentences with a greater-than sign', () => {
		expect(isBreadcrumb('2022年奉新县卫生健康委工作总结')).toBe(false);
		expect(isBreadcrumb('住院费用>1万元的患者，按规定报销。')).toBe(false);
	});
});
