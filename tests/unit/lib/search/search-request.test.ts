import { describe, expect, it } from 'vitest';
import type { FacetVocabulary } from '../../../../src/lib/search/query-facets.ts';
import { prepareQuery } from '../../../../src/lib/search/query.ts';
import { hasSearch, resolveSearch } from '../../../../src/lib/search/search-request.ts';

const vocabulary: FacetVocabulary = {
	year: ['2019', '2017'],
	region: [
		['淄博市', -1, 0, '淄博'],
		['临淄区', 0, 1, '临淄'],
		['秦皇岛市', -1, 1, '秦皇岛'],
	],
	kind: ['要点'],
	provenance: [],
};
const synonyms = [['家庭医生', '家医']];
const resolve = (query: string, filters: Record<string, string> = {}) => resolveSearch({ query, filters, sort: '' }, synonyms, vocabulary);

describe('resolveSearch', () => {
	it('searches the text without the fact words, which become filters of any of their values', () => {
		const request = resolve('家医 2019 临淄 秦皇岛');
		expect(request.query).toEqual(prepareQuery('家医', synonyms));
		expect(request.filters).toEqual({ year: { any: ['2019'] }, region: { any: ['临淄区', '秦皇岛市'] } });
	});

	it('keeps the filters chosen, a fact word agreeing with one adding nothing', () => {
		expect(resolve('淄博 家医', { region: '临淄区', topic: 'tcm' }).filters).toEqual({ region: '临淄区', topic: 'tcm' });
	});

	it('searches as text a fact word a chosen filter overrules, and filters only by the chosen value', () => {
		const request = resolve('家医 2019', { year: '2017' });
		expect(request.query.terms).toEqual(['家医', '2019']);
		expect(request.filters).toEqual({ year: '2017' });
	});

	it('keeps the state as it is, for the address and the key of the search', () => {
		const state = { query: '家医 2019', filters: {}, sort: 'year:desc' };
		expect(resolveSearch(state, synonyms, vocabulary).state).toBe(state);
	});
});

describe('hasSearch', () => {
	it('is true for text terms or fact words, false for nothing searchable', () => {
		expect(hasSearch(resolve('家医'))).toBe(true);
		expect(hasSearch(resolve('临淄 2019'))).toBe(true);
		expect(hasSearch(resolve('？！'))).toBe(false);
		expect(hasSearch(resolve(''))).toBe(false);
	});
});
