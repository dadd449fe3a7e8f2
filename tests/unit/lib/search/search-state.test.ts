import { describe, expect, it } from 'vitest';
import { readAddressFields, readSearchState, searchStateKey, toAddressQuery } from '../../../../src/lib/search/search-state.ts';

/** A search form's field values, '' for a field it does not have. */
const form = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readSearchState', () => {
	it('reads the query without its surrounding space, the filters that are set, and the order', () => {
		expect(readSearchState(form({ q: '  中医药 ', year: '2019', region: '', kind: '要点', sort: 'year:desc' }))).toEqual({
			query: '中医药',
			filters: { year: '2019', kind: '要点' },
			sort: 'year:desc',
		});
	});

	it('reads only the filters it is given', () => {
		expect(readSearchState(form({ q: '医', topic: 'tcm', year: '2019' }), [{ name: 'topic', label: '主题', any: '全部主题', order: 'count' }]).filters).toEqual({ topic: 'tcm' });
	});
});

describe('searchStateKey', () => {
	it('is the same for states that show the same results, whatever order their filters were set in', () => {
		const state = { query: '医', filters: { year: '2019', kind: '要点' }, sort: '' };
		expect(searchStateKey({ ...state, filters: { kind: '要点', year: '2019' } })).toBe(searchStateKey(state));
		expect(searchStateKey({ ...state, sort: 'year:asc' })).not.toBe(searchStateKey(state));
		expect(searchStateKey({ ...state, query: '医 ' })).not.toBe(searchStateKey(state));
	});
});

describe('toAddressQuery and readAddressFields', () => {
	it('keep a state in the address and give the form it back', () => {
		const state = { query: '家庭医生签约', filters: { region: '秦皇岛市' }, sort: 'year:desc' };
		const address = toAddressQuery(state);
		expect(address).toBe(`?q=${encodeURIComponent('家庭医生签约')}&region=${encodeURIComponent('秦皇岛市')}&sort=year%3Adesc`);
		expect(readSearchState(form(readAddressFields(address)))).toEqual(state);
	});

	it('keep nothing for an empty state, and give every field of the form, empty when the address has none', () => {
		expect(toAddressQuery({ query: '', filters: {}, sort: '' })).toBe('');
		expect(readAddressFields('?q=%E5%8C%BB&other=1')).toEqual({ q: '医', year: '', region: '', kind: '', provenance: '', topic: '', sort: '' });
	});
});
