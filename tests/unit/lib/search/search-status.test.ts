import { describe, expect, it } from 'vitest';
import { splitQueryFacets, type FacetVocabulary } from '../../../../src/lib/search/query-facets.ts';
import { describeNotes, describeResults, describeUnsearchable } from '../../../../src/lib/search/search-status.ts';

const items = { plansOnly: false };

describe('describeResults', () => {
	it('gives the total and where it is once every plan has been looked through', () => {
		expect(describeResults({ ...items, terms: '家庭医生签约', shown: 12, found: 12, plans: 4, complete: true })).toBe('在 4 份文件中找到 12 条含“家庭医生签约”的结果。');
		expect(describeResults({ ...items, terms: '医', shown: 10, found: 15, plans: 2, complete: true })).toBe('在 2 份文件中共找到 15 条含“医”的结果，已显示 10 条。');
	});

	it('gives what has been found so far as a lower bound while plans are left to look through', () => {
		expect(describeResults({ ...items, terms: '医', shown: 10, found: 23, plans: 3, complete: false })).toBe('含“医”的结果至少 23 条，已显示 10 条。');
	});

	it('says nothing was found', () => {
		expect(describeResults({ ...items, terms: '签约医中', shown: 0, found: 0, plans: 0, complete: true })).toBe('没有找到含“签约医中”的条目。');
		expect(describeResults({ ...items, terms: '', shown: 0, found: 0, plans: 0, complete: true })).toBe('没有找到符合条件的条目。');
	});

	it('counts items without naming text when a query of fact words has a topic chosen', () => {
		expect(describeResults({ ...items, terms: '', shown: 3, found: 3, plans: 1, complete: true })).toBe('在 1 份文件中找到 3 条结果。');
	});

	it('counts plans when the results are plans', () => {
		const plans = { terms: '', plans: 0, complete: true, plansOnly: true };
		expect(describeResults({ ...plans, shown: 2, found: 2 })).toBe('找到 2 份文件。');
		expect(describeResults({ ...plans, shown: 10, found: 14 })).toBe('共找到 14 份文件，已显示 10 份。');
		expect(describeResults({ ...plans, shown: 0, found: 0 })).toBe('没有找到符合条件的文件。');
	});
});

describe('describeNotes', () => {
	const vocabulary: FacetVocabulary = { year: ['2019', '2017'], region: [['临淄区', -1, 1, '临淄'], ['秦皇岛市', -1, 1, '秦皇岛']], kind: ['要点'], provenance: [] };
	const notes = (query: string, chosen: Record<string, string> = {}, synonyms: { term: string; synonyms: string[] }[] = []) => describeNotes({ facets: splitQueryFacets(query, vocabulary, chosen), synonyms });

	it('names the filters the query set, in the order of the selects, several values of one joined by 或', () => {
		expect(notes('家庭医生 2019 临淄')).toBe('已按年份 2019、地区 临淄区 筛选；要按文字查找，请加引号，如 "2019"。');
		expect(notes('临淄 秦皇岛 要点')).toBe('已按地区 临淄区 或 秦皇岛市、文件类型 要点 筛选；要按文字查找，请加引号，如 "临淄"。');
	});

	it('names every region a shared name stands for', () => {
		const taken = [{ word: '朝阳', filter: 'region' as const, values: ['朝阳区', '朝阳市'], names: ['朝阳区', '朝阳市'] }];
		expect(describeNotes({ facets: { taken, overruled: [] }, synonyms: [] })).toBe('已按地区 朝阳区 或 朝阳市 筛选；要按文字查找，请加引号，如 "朝阳"。');
	});

	it('says which fact word a chosen filter overruled and that it was searched as text', () => {
		expect(notes('家庭医生 2019', { year: '2017' })).toBe('已选年份 2017，“2019”按文字搜索。');
	});

	it('names the synonyms searched besides each term', () => {
		expect(notes('家医', {}, [{ term: '家医', synonyms: ['家庭医生'] }, { term: '两癌', synonyms: ['宫颈癌和乳腺癌筛查', '宫颈癌、乳腺癌筛查'] }])).toBe(
			'同时搜索了同义词：家医 → 家庭医生；两癌 → 宫颈癌和乳腺癌筛查、宫颈癌、乳腺癌筛查。',
		);
	});

	it('is empty for a plain query', () => {
		expect(notes('家庭医生')).toBe('');
	});
});

describe('describeUnsearchable', () => {
	it('asks for searchable characters when something was typed, and says nothing for an empty box', () => {
		expect(describeUnsearchable('？！')).toBe('请输入汉字、字母或数字。');
		expect(describeUnsearchable('')).toBe('');
	});
});
