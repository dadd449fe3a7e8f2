import { describe, expect, it } from 'vitest';
import {
	detectChromeLine,
	isSiteNavigation,
	stripBullet,
	stripCellMarkup,
	templateSiteMark,
	welcomedSite,
} from '../../../../src/lib/parse/chrome.ts';
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

describe('detectChromeLine on the furniture of real pages', () => {
	it.each([
		['当前位置: 首页', '页面导航'],
		['欢迎来到平顶山市卫生健康委员会!', '网站欢迎语'],
		['关怀版 无障碍 无障碍', '网站功能按钮'],
		['中央人民政府四川省人民政府资阳市人民政府 无障碍 官方微博', '网站功能按钮'],
		['首页 走进安岳 政府信息公开 政务服务 投资安岳 魅力安岳 互动交流', '网站导航栏'],
		['时间:2023-02-13 11:24 浏览量:', '网页署名行（时间）'],
		['2024-12-16 00:03:52 32', '网页署名行（时间）'],
		['【以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【小 中 大】【加入会员】', '网页署名行（作者、按钮）'],
		['2024-01-07 999+ 16.55KB 15 页 海报', '文库网站的页面文字'],
		['第1页 / 共4页', '文库网站的页面文字'],
		['Health Commission of Henan Province', '网站英文名称'],
	])('drops %s', (text, reason) => {
		expect(detectChromeLine(text)).toBe(reason);
	});

	it('keeps a date alone, which may be a notice signature', () => {
		expect(detectChromeLine('2020-01-06')).toBeNull();
		expect(detectChromeLine('2019412')).toBeNull();
	});
});

describe('welcomedSite and stripBullet', () => {
	it('names the site of either kind of welcome line', () => {
		expect(welcomedSite('包头市卫生和计划生育委员会欢迎您')).toBe('包头市卫生和计划生育委员会');
		expect(welcomedSite('欢迎来到平顶山市卫生健康委员会!')).toBe('平顶山市卫生健康委员会');
	});

	it('drops list bullets in front of a byline', () => {
		expect(stripBullet('• 时间:2023-05-04 08:58:16')).toBe('时间:2023-05-04 08:58:16');
	});
});

describe('templateSiteMark', () => {
	it('names the words of template and document-sharing sites', () => {
		expect(templateSiteMark('下面是小编为大家收集的计划生育工作计划，欢迎大家分享。')).toBe('小编');
		expect(templateSiteMark('《区卫生健康局工作计划范文.doc》由会员分享，可在线阅读')).toBe(
			'由会员分享',
		);
		expect(templateSiteMark('2024-01-07 999+ 16.55KB 15 页 海报')).toBe('海报');
		expect(templateSiteMark('| 相关范文推荐 |')).toBe('相关范文推荐');
	});

	it('does not count chrome that any site prints', () => {
		expect(templateSiteMark('相关推荐')).toBeNull();
		expect(templateSiteMark('无障碍 关怀版 返回主网站 繁体版')).toBeNull();
		expect(templateSiteMark('2024-05-20')).toBeNull();
		expect(templateSiteMark('999+')).toBeNull();
	});
});

describe('isSiteNavigation', () => {
	it('tells breadcrumbs and top menus from other lines', () => {
		expect(isSiteNavigation('您当前所在位置: 首页>政府信息公开>工作计划')).toBe(true);
		expect(isSiteNavigation('首页 走进安岳 政府信息公开 政务服务 投资安岳')).toBe(true);
		expect(isSiteNavigation('嵩明县卫生健康局2025年政府信息公开工作年度报告')).toBe(false);
	});
});
