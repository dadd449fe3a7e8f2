import { describe, expect, it } from 'vitest';
import {
	compilationMark,
	partTitleText,
	sitePartNumber,
	readCompilationTitle,
	splitCompilation,
} from '../../../../src/lib/parse/compilation.ts';

describe('readCompilationTitle', () => {
	it('reads counts in figures and in words, and 精选 marks', () => {
		expect(readCompilationTitle('县卫生健康局工作总结和工作思路(实用14篇)')).toBe(14);
		expect(readCompilationTitle('2023年卫生局上半年工作总结(十五篇)')).toBe(15);
		expect(readCompilationTitle('公共卫生自查报告(精)')).toBe(0);
		expect(readCompilationTitle('2023年全市卫生健康工作要点')).toBeNull();
	});
});

describe('parts', () => {
	it('cleans the site numbering off part titles', () => {
		expect(partTitleText('第1篇 2023年卫生局上半年工作总结 1850字')).toBe('2023年卫生局上半年工作总结');
		expect(partTitleText('公共卫生自查报告1')).toBe('公共卫生自查报告');
	});

	it('makes one part of a title printed twice (plain, then numbered)', () => {
		const { parts, repeated } = splitCompilation([
			{ no: 2, text: '2023年卫生局上半年工作总结' },
			{ no: 3, text: '第1篇 2023年卫生局上半年工作总结 1850字' },
			{ no: 4, text: '半年来,卫生工作稳步推进。' },
		]);
		expect(parts.map((part) => [part.title.no, part.titleText])).toEqual([[3, '2023年卫生局上半年工作总结']]);
		expect(repeated.map((line) => line.no)).toEqual([2]);
	});
});

describe('compilationMark and sitePartNumber', () => {
	it('quote the words that announce a compilation', () => {
		expect(compilationMark('县卫生健康局工作总结和工作思路(实用14篇)')).toBe('实用14篇');
		expect(compilationMark('公共卫生自查报告(精)')).toBe('(精)');
		expect(compilationMark('2023年全市卫生健康工作要点')).toBeNull();
	});

	it("read a template site's part numbers, not an official plan's parts", () => {
		expect(sitePartNumber('第1篇 2023年卫生局上半年工作总结 1850字')).toBe('第1篇');
		expect(sitePartNumber('篇一：卫生院工作计划')).toBe('篇一');
		expect(sitePartNumber('第一篇 发展基础')).toBeNull();
		expect(sitePartNumber('第3篇文章发表于核心期刊。')).toBeNull();
	});
});
