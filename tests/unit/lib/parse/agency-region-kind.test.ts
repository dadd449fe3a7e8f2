import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRegions } from '../../../../scripts/lib/plan-files.ts';
import { findAgencies } from '../../../../src/lib/parse/agency.ts';
import { detectKind } from '../../../../src/lib/parse/kind.ts';
import { findPlaceholders } from '../../../../src/lib/parse/placeholders.ts';
import { findRegion, matchRegion } from '../../../../src/lib/parse/regions.ts';
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

describe('findRegion with the national list and regions.yaml', () => {
	const national = readRegions(fileURLToPath(new URL('../../../fixtures/site/regions.yaml', import.meta.url))).regions;
	const byId = new Map(national.map((region) => [region.id, region]));
	const chain = (id: string | undefined) => {
		const names: string[] = [];
		for (let region = id ? byId.get(id) : undefined; region; region = region.parent ? byId.get(region.parent) : undefined) names.unshift(region.name);
		return names;
	};

	it('recognises a county no YAML lists, with its parent chain and code', () => {
		const region = findRegion(['2023年泾县卫生健康工作要点', '泾县卫生健康委'], national);
		expect(region).toMatchObject({ id: 'xuancheng-jingxian', name: '泾县', level: '县', code: '341823' });
		expect(chain(region?.id)).toEqual(['安徽省', '宣城市', '泾县']);
	});

	it('recognises a county-level city and an autonomous county by the short form agencies use', () => {
		expect(findRegion(['迁安市卫生健康局2021年工作总结'], national)).toMatchObject({ name: '迁安市', code: '130283' });
		expect(findRegion(['长阳县卫生健康局'], national)).toMatchObject({ name: '长阳土家族自治县', code: '420528' });
		expect(findRegion(['恩施州卫生健康委员会'], national)).toMatchObject({ name: '恩施土家族苗族自治州', code: '422800' });
	});

	it('keeps the ids regions.yaml gives, for the region and as parent of its counties', () => {
		expect(findRegion(['上虞区卫生健康局'], national)?.id).toBe('shangyu');
		expect(findRegion(['秦皇岛市北戴河区卫生健康局'], national)).toMatchObject({ id: 'beidaihe', parent: 'qinhuangdao' });
		expect(findRegion(['样例县卫生健康局'], national)?.id).toBe('fixture-county');
	});

	it('tells namesakes apart by the region named above them', () => {
		expect(findRegion(['北京市朝阳区卫生健康委员会'], national)?.id).toBe('beijing-chaoyang');
		expect(findRegion(['长春市朝阳区卫生健康局'], national)?.id).toBe('changchun-chaoyang');
		expect(findRegion(['吉林省', '朝阳区卫生健康局'], national)?.id).toBe('changchun-chaoyang');
	});

	it('does not take a two-character county inside a run of words (城乡和县域)', () => {
		expect(findRegion(['推进城乡和县域医共体建设'], national)).toBeNull();
		expect(findRegion(['和县卫生健康委2020年工作要点'], national)?.code).toBe('340523');
	});

	it('says which namesakes it saw when it cannot choose, with the line', () => {
		const match = matchRegion([{ text: '朝阳区卫生健康局2024年工作要点', line: 3 }], national);
		expect(match.region).toBeNull();
		expect(match.note).toBe(
			'第3行的“朝阳区”有 2 个同名地区：北京市朝阳区（beijing-chaoyang）、吉林省长春市朝阳区（changchun-chaoyang），原文未写明是哪一个，地区留空 → 在 region 中填写其中一个的 id',
		);
	});

	it('names a place that is in no list, with the line and the regions of the same short name', () => {
		const match = matchRegion([{ text: '莱芜市卫生健康委2018年工作要点', line: 1 }, '莱芜市卫生健康委'], national);
		expect(match.region).toBeNull();
		expect(match.note).toBe(
			'第1行的“莱芜市”不在全国行政区划表和 content/regions.yaml 中，地区留空（名称相近的有 山东省济南市莱芜区（laiwu）） → 地区已改名或撤并的，按现在的地区填写 region；表中还没有的新地区，先加到 content/regions.yaml',
		);
	});

	it('says nothing when the text names no place', () => {
		expect(matchRegion(['县卫生健康局工作总结', null], national)).toEqual({ region: null, note: null });
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
		expect(findAgencies('某市卫生健康委员会欢迎您')[0].name).toBe('某市卫生健康委员会');
	});

	it('does not take verbs for a place', () => {
		expect(findAgencies('全面落实区卫生健康局部署')[0].name).toBe('区卫生健康局');
		expect(findAgencies('积极配合市卫生健康委开展工作')[0].name).toBe('市卫生健康委');
		expect(findAgencies('推进城乡和县卫生健康局')[0].name).toBe('县卫生健康局');
	});

	// Each of these names has a character that also occurs in verbs or function words (同, 开, 和, 会,
	// 建, 对, 为, 等): the place names come from the national list, so none is cut.
	it.each([
		['大同市卫生健康委关于印发《2019年全市卫生健康工作要点》的通知', '大同市卫生健康委'],
		['开封市卫生健康委员会2020年工作总结', '开封市卫生健康委员会'],
		['和田地区卫生健康委员会', '和田地区卫生健康委员会'],
		['会同县卫生健康局', '会同县卫生健康局'],
		['建始县卫生健康局', '建始县卫生健康局'],
		['同心县卫生健康局', '同心县卫生健康局'],
		['开平市卫生健康局', '开平市卫生健康局'],
		['和平区卫生健康局', '和平区卫生健康局'],
		['为民县卫生健康局', '县卫生健康局'],
		['关于同意大同市卫生健康委', '大同市卫生健康委'],
		['山西省大同市卫生健康委员会', '山西省大同市卫生健康委员会'],
		['绍兴市上虞区卫生健康局', '绍兴市上虞区卫生健康局'],
		['恩施州卫生健康委', '恩施州卫生健康委'],
		['新疆卫生健康委', '新疆卫生健康委'],
		['莱芜市卫生健康委', '莱芜市卫生健康委'],
	])('%s → %s', (text, agency) => {
		expect(findAgencies(text)[0].name).toBe(agency);
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

	it('finds a placeholder digit and starred years and names', () => {
		expect(findPlaceholders('201X年，**市计生局20**年工作总结，本人于20*年初')).toEqual({
			years: ['201X年', '20**年', '20*年'],
			names: ['**市'],
		});
		expect(findPlaceholders('2019年，纳入市卫健委考核，健康**建设')).toEqual({ years: [], names: [] });
	});
});
