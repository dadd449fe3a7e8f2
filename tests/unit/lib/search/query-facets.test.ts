import { describe, expect, it } from 'vitest';
import { factFilters, readFactWord, splitQueryFacets, type FacetVocabulary } from '../../../../src/lib/search/query-facets.ts';

/** Plans of 临淄区 (under 淄博市, 山东省), 淄博市 itself, 秦皇岛市, 城区 and 和县. */
const vocabulary: FacetVocabulary = {
	year: ['2025', '2019', '2017'],
	region: [
		['山东省', -1, 0, '山东'],
		['淄博市', 0, 1, '淄博'],
		['临淄区', 1, 1, '临淄'],
		['河北省', -1, 0, '河北'],
		['秦皇岛市', 3, 1, '秦皇岛'],
		['阳泉市', -1, 0, '阳泉'],
		['城区', 5, 1],
		['安徽省', -1, 0, '安徽'],
		['和县', 7, 1],
	],
	kind: ['要点', '计划', '总结', '总结与计划'],
	provenance: ['官方发布', '转载', '非官方文本'],
};

const fact = (word: string) => readFactWord(word, vocabulary);

describe('readFactWord', () => {
	it('reads a year with plans, with or without 年, in full-width digits too', () => {
		expect(fact('2019')).toEqual({ word: '2019', filter: 'year', values: ['2019'], names: ['2019'] });
		expect(fact('2019年')).toMatchObject({ filter: 'year', values: ['2019'] });
		expect(fact('２０１９')).toMatchObject({ filter: 'year', values: ['2019'] });
	});

	it('reads a region by its name, its short name, and its name after those above it', () => {
		for (const word of ['临淄区', '临淄', '淄博市临淄区', '淄博临淄', '山东省淄博市临淄区', '山东临淄区']) {
			expect(fact(word), word).toEqual({ word, filter: 'region', values: ['临淄区'], names: ['临淄区'] });
		}
		expect(fact('秦皇岛')).toMatchObject({ values: ['秦皇岛市'], names: ['秦皇岛市'] });
	});

	it('reads a region above others as itself and every region below it that has plans', () => {
		expect(fact('淄博')).toEqual({ word: '淄博', filter: 'region', values: ['淄博市', '临淄区'], names: ['淄博市'] });
		expect(fact('山东')).toEqual({ word: '山东', filter: 'region', values: ['淄博市', '临淄区'], names: ['山东省'] });
	});

	it('reads a name that several regions share as all of them', () => {
		const shared: FacetVocabulary = { ...vocabulary, region: [['北京市', -1, 0, '北京'], ['朝阳区', 0, 1, '朝阳'], ['辽宁省', -1, 0, '辽宁'], ['朝阳市', 2, 1, '朝阳']] };
		expect(readFactWord('朝阳', shared)).toEqual({ word: '朝阳', filter: 'region', values: ['朝阳区', '朝阳市'], names: ['朝阳区', '朝阳市'] });
		expect(readFactWord('北京朝阳', shared)).toMatchObject({ values: ['朝阳区'] });
	});

	it('reads a kind by its name or with 工作 before it, and a provenance by its label or 官方/非官方', () => {
		expect(fact('要点')).toMatchObject({ filter: 'kind', values: ['要点'] });
		expect(fact('工作总结')).toMatchObject({ filter: 'kind', values: ['总结'] });
		expect(fact('总结与计划')).toMatchObject({ filter: 'kind', values: ['总结与计划'] });
		expect(fact('非官方')).toMatchObject({ filter: 'provenance', values: ['非官方文本'] });
		expect(fact('官方')).toMatchObject({ filter: 'provenance', values: ['官方发布'] });
		expect(fact('转载')).toMatchObject({ filter: 'provenance', values: ['转载'] });
	});

	it('reads a two-character name that has no shorter form only in full', () => {
		expect(fact('城区')).toMatchObject({ values: ['城区'] });
		expect(fact('和县')).toMatchObject({ values: ['和县'] });
		expect(fact('城')).toBeNull();
		expect(fact('和')).toBeNull();
	});

	it('reads no fact in a word that only contains one, or names a value no plan has', () => {
		for (const word of ['计划生育', '临淄区卫健局', '2019年度', '20190', '2030', '2030年', '县', '区', '其他', '规划', '上虞', '北京', '山东淄博市市', '临淄淄博']) {
			expect(fact(word), word).toBeNull();
		}
	});
});

describe('splitQueryFacets', () => {
	it('takes the fact words as filters and leaves the text: 家庭医生 2019 searches 家庭医生 in 2019 plans', () => {
		expect(splitQueryFacets('家庭医生 2019', vocabulary)).toEqual({
			text: '家庭医生',
			taken: [{ word: '2019', filter: 'year', values: ['2019'], names: ['2019'] }],
			overruled: [],
		});
		expect(splitQueryFacets('临淄 家庭医生 签约', vocabulary)).toMatchObject({ text: '家庭医生 签约', taken: [{ filter: 'region', values: ['临淄区'] }] });
	});

	it('leaves no text in a query of fact words only', () => {
		const { text, taken } = splitQueryFacets('临淄 2019', vocabulary);
		expect(text).toBe('');
		expect(taken.map((word) => word.filter)).toEqual(['region', 'year']);
	});

	it('keeps as text a fact name inside a longer word, and a word in quotation marks', () => {
		expect(splitQueryFacets('计划生育', vocabulary)).toEqual({ text: '计划生育', taken: [], overruled: [] });
		expect(splitQueryFacets('"2019" 家庭医生', vocabulary)).toMatchObject({ text: '"2019" 家庭医生', taken: [] });
		expect(splitQueryFacets('“临淄 2019” 家庭医生', vocabulary)).toMatchObject({ text: '“临淄 2019” 家庭医生', taken: [] });
		expect(splitQueryFacets('“家庭医生” 2019', vocabulary)).toMatchObject({ text: '“家庭医生”', taken: [{ filter: 'year' }] });
	});

	it('splits at ideographic spaces too', () => {
		expect(splitQueryFacets('家庭医生\u30002019', vocabulary)).toMatchObject({ text: '家庭医生', taken: [{ filter: 'year' }] });
	});

	it('lets a value the visitor chose win over a fact word that names another, which is then searched as text', () => {
		expect(splitQueryFacets('家庭医生 2019', vocabulary, { year: '2017' })).toEqual({
			text: '家庭医生 2019',
			taken: [],
			overruled: [{ word: '2019', filter: 'year', values: ['2019'], names: ['2019'], chosen: '2017' }],
		});
	});

	it('takes a fact word that agrees with the value chosen (淄博 with 临淄区 chosen)', () => {
		expect(splitQueryFacets('淄博 家庭医生', vocabulary, { region: '临淄区' })).toMatchObject({ text: '家庭医生', taken: [{ word: '淄博' }], overruled: [] });
	});

	it('ignores a chosen value of another filter', () => {
		expect(splitQueryFacets('2019 医', vocabulary, { region: '临淄区', topic: 'tcm' })).toMatchObject({ text: '医', taken: [{ filter: 'year' }] });
	});
});

describe('factFilters', () => {
	it('gives each filter the values of all its words, any of which a plan must have', () => {
		const { taken } = splitQueryFacets('2019 临淄 2017 秦皇岛 临淄区', vocabulary);
		expect(factFilters(taken)).toEqual({ year: ['2019', '2017'], region: ['临淄区', '秦皇岛市'] });
	});
});
