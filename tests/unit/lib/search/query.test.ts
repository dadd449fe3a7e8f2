import { describe, expect, it } from 'vitest';
import { prepareQuery, recordTokens, synonymsUsed, withSynonyms } from '../../../../src/lib/search/query.ts';
import { containsTokenRun, encodeToken, toIndexTokens } from '../../../../src/lib/search/tokenize.ts';

const groups = [['家庭医生', '家医'], ['中医药', '中医中药']];
const x = encodeToken;
const synonym = (tokens: string[]) => tokens.map((token) => `s${x(token)}`);

describe('prepareQuery', () => {
	it('asks Pagefind for every bigram of a term, unquoted, and keeps the run for checking items', () => {
		const bigrams = ['家庭', '庭医', '医生', '生签', '签约'].map(x);
		expect(prepareQuery('家庭医生签约')).toMatchObject({
			terms: ['家庭医生签约'],
			termTokens: [{ tokens: bigrams, openEnd: false }],
			pagefindQuery: bigrams.join(' '),
		});
	});

	it('leaves out a lone character that the bigram before it already requires', () => {
		expect(prepareQuery('互联网+').pagefindQuery).toBe(`${x('互联')} ${x('联网')} +`);
		expect(prepareQuery('互联网+').termTokens[0].tokens).toEqual([x('互联'), x('联网'), x('网'), '+']);
		expect(prepareQuery('家医', groups).pagefindQuery).toBe(synonym(['家医']).join(' '));
	});

	it('keeps a lone character that no bigram of the term ends with', () => {
		expect(prepareQuery('医').pagefindQuery).toBe(x('医'));
		expect(prepareQuery('0-3岁').pagefindQuery).toBe(`0 3 ${x('岁')}`);
		expect(prepareQuery('HPV疫苗').pagefindQuery).toBe(`hpv ${x('疫苗')}`);
	});

	it('accepts quotation marks and several terms, and drops repeated terms and tokens', () => {
		expect(prepareQuery('“中医”  HPV 中医')).toMatchObject({ terms: ['中医', 'HPV'], pagefindQuery: `${x('中医')} hpv` });
		expect(prepareQuery('中医 中医药').pagefindQuery).toBe(`${x('中医')} ${x('医药')}`);
	});

	it('names the tokens Pagefind matches as prefixes: all but bigrams', () => {
		expect(prepareQuery('医').prefixTokens).toEqual([x('医')]);
		expect(prepareQuery('DRG HPV').prefixTokens).toEqual(['drg', 'hpv']);
		expect(prepareQuery('0-3岁').prefixTokens).toEqual(['0', '3', x('岁')]);
		expect(prepareQuery('互联网+').prefixTokens).toEqual(['+']);
		expect(prepareQuery('疫苗').prefixTokens).toEqual([]);
		expect(prepareQuery('家庭医生签约').prefixTokens).toEqual([]);
		expect(prepareQuery('家医', groups).prefixTokens).toEqual([]);
	});

	it('has no terms for punctuation only', () => {
		expect(prepareQuery(' ，。 ')).toMatchObject({ terms: [], pagefindQuery: '', prefixTokens: [] });
	});
});

describe('withSynonyms', () => {
	it('adds the curated synonyms of each term', () => {
		expect(withSynonyms(['家医', '签约'], groups)).toEqual(['家医', '家庭医生', '签约']);
	});
});

describe('recordTokens', () => {
	it('adds the tokens of every member of a group the text mentions, under the synonym prefix', () => {
		expect(recordTokens('开展家医签约', groups)).toEqual([
			...toIndexTokens('开展家医签约').map(x),
			...synonym(toIndexTokens('家庭医生')),
			...synonym(toIndexTokens('家医')),
		]);
		expect(recordTokens('推进分级诊疗', groups)).toEqual(toIndexTokens('推进分级诊疗').map(x));
	});

	it('lets a synonym query find the other member, and no text query match inside an expansion', () => {
		const tokens = recordTokens('传承发展中医药事业', groups);
		expect(containsTokenRun(tokens, prepareQuery('中医中药', groups).termTokens[0])).toBe(true);
		expect(containsTokenRun(tokens, prepareQuery('医中', groups).termTokens[0])).toBe(false);
	});
});

describe('synonymsUsed', () => {
	it('gives each term of a group with the other members, which the search looked for too', () => {
		expect(synonymsUsed(['家医', '签约', '中医中药'], groups)).toEqual([
			{ term: '家医', synonyms: ['家庭医生'] },
			{ term: '中医中药', synonyms: ['中医药'] },
		]);
		expect(synonymsUsed(['签约'], groups)).toEqual([]);
	});
});
