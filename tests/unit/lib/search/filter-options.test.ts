import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../../../src/lib/search/filter-options.ts';
import { buildSearchPage, type PlanSearchInput } from '../../../../src/lib/search/records.ts';
import { SEARCH_FILTERS } from '../../../../src/lib/search/search-filters.ts';

/** A plan of the given year, region and kind, with one item of the given topics. */
const input = (id: string, year: number | null, region: string | null, kind: string, topics: string[] = [], provenance: 'official' | 'reprint' | 'unofficial' = 'official'): PlanSearchInput => ({
	plan: { id, title: `${id} 工作要点`, region_name: region, agency: null, year, kind, provenance, lead: '', url: `/plans/${id}/` },
	items: [{ plan: id, number: '（一）', title: '推进家医签约。', text: '', topics, url: `/plans/${id}/#s1` }],
});

const inputs = [
	input('a', 2019, '秦皇岛市', '要点', ['primary-care']),
	input('b', 2019, '临淄区', '要点'),
	input('c', 2025, '上虞区', '计划', ['primary-care', 'tcm']),
	input('d', null, null, '总结', [], 'unofficial'),
	input('e', 2017, '临淄区', '要点'),
];

describe('filterOptions', () => {
	const options = filterOptions(inputs, SEARCH_FILTERS);
	const texts = (name: string) => options.get(name)?.map((option) => option.text);

	it('lists the years newest first, each with its number of plans, and an unknown year last', () => {
		expect(texts('year')).toEqual(['2025年（1）', '2019年（2）', '2017年（1）', '不详（1）']);
		expect(options.get('year')?.map((option) => option.value)).toEqual(['2025', '2019', '2017', '不详']);
	});

	it('lists the provenances by their labels, as the index gives them', () => {
		expect(texts('provenance')).toEqual(['官方发布（4）', '非官方文本（1）']);
	});

	it('lists the other values by their number of plans, most first, then in pinyin order', () => {
		expect(texts('region')).toEqual(['临淄区（2）', '不详（1）', '秦皇岛市（1）', '上虞区（1）']);
		expect(texts('kind')).toEqual(['要点（3）', '计划（1）', '总结（1）']);
	});

	it('counts a plan once per value, however many of its items have it, for a filter such as topic', () => {
		const topic = { name: 'topic', label: '主题', any: '全部主题', order: 'count' } as const;
		expect(filterOptions([...inputs, input('f', 2020, null, '要点', ['tcm', 'tcm'])], [topic]).get('topic')).toEqual([
			{ value: 'primary-care', text: 'primary-care（2）' },
			{ value: 'tcm', text: 'tcm（2）' },
		]);
	});

	it('lists a listed filter in the given order with the given names, leaving out values no plan has', () => {
		const listed = new Map([['topic', [{ value: 'tcm', name: '中医药' }, { value: 'primary-care', name: '基层卫生' }, { value: 'emergency', name: '卫生应急' }]]]);
		expect(filterOptions(inputs, SEARCH_FILTERS, listed).get('topic')).toEqual([
			{ value: 'tcm', text: '中医药（1）' },
			{ value: 'primary-care', text: '基层卫生（2）' },
		]);
	});

	it('offers exactly the values the index carries as Pagefind filters', () => {
		const indexed = new Set(inputs.flatMap((one) => [...buildSearchPage(one).html.matchAll(/data-pagefind-filter="(\w+)\[content\]" content="([^"]*)"/g)].map(([, name, value]) => `${name}=${value}`)));
		const offered = SEARCH_FILTERS.flatMap((filter) => options.get(filter.name)?.map((option) => `${filter.name}=${option.value}`) ?? []);
		expect(new Set(offered)).toEqual(new Set([...indexed].filter((pair) => !pair.startsWith('topic='))));
	});
});
