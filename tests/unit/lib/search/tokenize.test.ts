import { describe, expect, it } from 'vitest';
import { containsTokenRun, encodeToken, foldText, toIndexTokens, toQueryTokens } from '../../../../src/lib/search/tokenize.ts';

describe('toIndexTokens', () => {
	it('turns a Han run into overlapping bigrams and its last character', () => {
		expect(toIndexTokens('家庭医生')).toEqual(['家庭', '庭医', '医生', '生']);
	});

	it('keeps a one-character run as it is and splits runs at punctuation', () => {
		expect(toIndexTokens('医，中医药。')).toEqual(['医', '中医', '医药', '药']);
	});

	it('keeps Latin letters and digits as words, folded to half-width lower case', () => {
		expect(toIndexTokens('ＨＰＶ疫苗接种率达90%')).toEqual(['hpv', '疫苗', '苗接', '接种', '种率', '率达', '达', '90']);
		expect(toIndexTokens('5岁以下儿童')).toEqual(['5', '岁以', '以下', '下儿', '儿童', '童']);
	});

	it('makes no tokens from text without letters, digits or Han characters', () => {
		expect(toIndexTokens('（）……——')).toEqual([]);
		expect(toIndexTokens('')).toEqual([]);
	});
});

describe('toQueryTokens', () => {
	it('leaves the last run open, so a query finds longer text', () => {
		expect(toQueryTokens('医生')).toEqual({ tokens: ['医生'], openEnd: false });
		const index = toIndexTokens('医生签约').join(' ');
		expect(index).toContain(toQueryTokens('医生').tokens.join(' '));
		expect(index).toContain(toQueryTokens('生签').tokens.join(' '));
	});

	it('matches the index tokens of the same text when it continues after a run', () => {
		expect(toQueryTokens('互联网+医疗健康').tokens).toEqual(['互联', '联网', '网', '+', '医疗', '疗健', '健康']);
		expect(toIndexTokens('推进互联网+医疗健康发展').join(' ')).toContain(toQueryTokens('互联网+医疗健康').tokens.join(' '));
	});

	it('marks an end that may continue: a Latin word or a lone final character', () => {
		expect(toQueryTokens('DRG')).toEqual({ tokens: ['drg'], openEnd: true });
		expect(toQueryTokens('0-3岁')).toEqual({ tokens: ['0', '3', '岁'], openEnd: true });
		expect(toQueryTokens('医共体').openEnd).toBe(false);
		expect(toQueryTokens('互联网+')).toEqual({ tokens: ['互联', '联网', '网', '+'], openEnd: false });
	});

	it('keeps the plus sign of policy names, so 互联网+ does not find plain 互联网', () => {
		expect(containsTokenRun(toIndexTokens('推进互联网+医疗健康'), toQueryTokens('互联网+'))).toBe(true);
		expect(containsTokenRun(toIndexTokens('推进互联网医疗'), toQueryTokens('互联网+'))).toBe(false);
	});

	it('finds a substring at any position of a run, but not across punctuation', () => {
		const index = toIndexTokens('加强医共体建设').join(' ');
		expect(index).toContain(toQueryTokens('医共体').tokens.join(' '));
		expect(toIndexTokens('医，共体').join(' ')).not.toContain(toQueryTokens('医共体').tokens.join(' '));
	});
});

describe('encodeToken', () => {
	it('writes Han tokens in ASCII, the code of a character being a prefix of the codes of its bigrams', () => {
		expect(encodeToken('医')).toMatch(/^q[a-z]{4}$/);
		expect(encodeToken('𠀀')).toMatch(/^q[a-z]{4}$/);
		expect(encodeToken('医生').startsWith(encodeToken('医'))).toBe(true);
		expect(encodeToken('drgs')).toBe('drgs');
	});
});

describe('containsTokenRun', () => {
	it('finds the query tokens in a row, the last as a prefix when the end is open', () => {
		expect(containsTokenRun(toIndexTokens('0-3岁儿童健康管理'), toQueryTokens('0-3岁'))).toBe(true);
		expect(containsTokenRun(toIndexTokens('推进DRGs付费'), toQueryTokens('DRG付费'))).toBe(false);
		expect(containsTokenRun(toIndexTokens('推进DRG付费'), toQueryTokens('DRG付费'))).toBe(true);
		expect(containsTokenRun(toIndexTokens('3岁以下'), toQueryTokens('0-3岁'))).toBe(false);
	});
});

describe('foldText', () => {
	it('folds width and case', () => {
		expect(foldText('ＤＲＧ付费')).toBe('drg付费');
	});
});
