import { describe, expect, it } from 'vitest';
import { detectChromeLine, stripCellMarkup } from '../../../../src/lib/parse/chrome.ts';
import { removeSpam } from '../../../../src/lib/parse/spam.ts';

describe('detectChromeLine', () => {
	it.each([
		['包头市卫生和计划生育委员会欢迎您', '网站欢迎语'],
		['时间:2023-12-28 00:33:44 作者:灵魂曲', '网页署名行（时间、作者）'],
		['||', '表格分隔线'],
		['相关范文推荐', '网站导语或推荐链接'],
		['【打印本页】 【关闭窗口】', '页面按钮'],
	])('drops %s', (text, reason) => {
		expect(detectChromeLine(text)).toBe(reason);
	});

	it('keeps body sentences that mention authors or dates', () => {
		expect(detectChromeLine('时间节点完成国家卫生城市创建任务，作者们的经验值得推广。')).toBeNull();
	});
});

describe('stripCellMarkup', () => {
	it('removes image placeholders and framing pipes', () => {
		expect(stripCellMarkup('2025年某区卫生健康工作要点 | ||')).toEqual({
			text: '2025年某区卫生健康工作要点',
			removed: ['|'],
		});
		expect(stripCellMarkup('![]() |').text).toBe('');
	});

	it('keeps a pipe inside a sentence', () => {
		expect(stripCellMarkup('A|B 两类').text).toBe('A|B 两类');
	});
});

describe('removeSpam', () => {
	it('cuts a click-bait insert out of a sentence', () => {
		expect(removeSpam('为落实要求当前隐藏内容免费查看的要求')).toEqual({
			text: '为落实要求的要求',
			removed: ['当前隐藏内容免费查看'],
		});
	});
});
