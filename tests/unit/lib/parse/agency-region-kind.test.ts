import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../../../src/lib/parse/agency.ts';
import { detectKind } from '../../../../src/lib/parse/kind.ts';
import { findPlaceholders } from '../../../../src/lib/parse/placeholders.ts';
import { findRegion } from '../../../../src/lib/parse/regions.ts';
import { findTitleYear } from '../../../../src/lib/parse/titles.ts';

const regions = [
	{ id: 'shaoxing', name: '绍兴市', level: '市', parent: null },
	{ id: 'shangyu', name: '上虞区', level: '区', parent: 'shaoxing' },
	{ id: 'linzi', name: '临淄区', level: '区', parent: null },
];

describe('findRegion', () => {
	it('prefers the most specific region named', () => {
		expect(findRegion(['2025年绍兴市上虞区卫生健康工作要点'], regions)?.id).toBe('shangyu');
	});

	it('does not read a short name inside a sentence as a region', () => {
		expect(findRegion(['推进健康临淄建设'], regions)).toBeNull();
	});
});

describe('findAgencies', () => {
	it('keeps the region part and the placeholder as written', () => {
		expect(
			findAgencies('xxxx年上半年,x县市场监督管理局按照部署').map((mention) => [
				mention.name,
				mention.health,
			]),
		).toEqual([['x县市场监督管理局', false]]);
		expect(findAgencies('秦皇岛市卫生健康委关于印发')[0].name).toBe('秦皇岛市卫生健康委');
	});

	it('does not take verbs for a place', () => {
		expect(findAgencies('全面落实区卫生健康局部署')[0].name).toBe('区卫生健康局');
	});
});

describe('detectKind', () => {
	it.each([
		['2019年全市卫生健康工作要点', '要点'],
		['临淄区卫健局2019年重点工作', '要点'],
		['卫生健康局上半年工作总结暨下半年工作思路', '总结与计划'],
		['卫生健康局全年工作总结', '总结'],
		['2024年全县卫生健康工作计划', '计划'],
		['健康城市建设规划', '规划'],
		['关于某事的通知', '其他'],
	])('%s → %s', (title, kind) => {
		expect(detectKind(title)).toBe(kind);
	});
});

describe('findTitleYear', () => {
	it('reads a single year and refuses ranges and placeholders', () => {
		expect(findTitleYear('2019年全市卫生健康工作要点')).toBe(2019);
		expect(findTitleYear('2016-2020年卫生规划')).toBeNull();
		expect(findTitleYear('20xx年工作总结')).toBeNull();
	});
});

describe('findPlaceholders', () => {
	it('finds year and name placeholders', () => {
		expect(
			findPlaceholders('xxxx年上半年,xx区卫生健康局和***，20xx年，卫生健康局年上半年'),
		).toEqual({
			years: ['xxxx年', '20xx年', '（空缺）年'],
			names: ['xx区', '***'],
		});
	});
});
