import { describe, expect, it } from 'vitest';
import { compileTopicRules } from '../../../../src/lib/topics/rules.ts';

describe('compileTopicRules', () => {
	const rules = compileTopicRules(
		[
			{ id: 'family-doctor', order: 20, keywords: ['家庭医生'], title_keywords: ['签约'], exclude: ['联系人签约服务'] },
			{ id: 'payment', order: 10, keywords: ['ＤＲＧｓ'], min_text_matches: 2 },
		],
		[{ terms: ['家庭医生', '家医'] }, { terms: ['两癌', '宫颈癌和乳腺癌筛查'] }],
	);

	it('brings a keyword’s synonyms along with the same role', () => {
		expect(rules.words.get('家医')).toEqual([{ topic: 'family-doctor', role: 'keyword', word: '家医' }]);
	});

	it('keeps title keywords apart from keywords', () => {
		expect(rules.words.get('签约')).toEqual([{ topic: 'family-doctor', role: 'title', word: '签约' }]);
	});

	it('folds full-width and upper-case words as the text will be folded', () => {
		expect(rules.words.get('drgs')).toEqual([{ topic: 'payment', role: 'keyword', word: 'ＤＲＧｓ' }]);
	});

	it('keeps exclusions out of the word lookup but in the segmenter dictionary', () => {
		expect(rules.words.has('联系人签约服务')).toBe(false);
		expect(rules.exclusions.get('family-doctor')).toEqual(['联系人签约服务']);
		expect(rules.dictionary).toContain('联系人签约服务');
		// Synonym terms of other groups are dictionary words too.
		expect(rules.dictionary).toContain('两癌');
	});

	it('ranks topics by order and reads min_text_matches with a default of 1', () => {
		expect([...rules.rank]).toEqual([['payment', 0], ['family-doctor', 1]]);
		expect(rules.minTextMatches.get('payment')).toBe(2);
		expect(rules.minTextMatches.get('family-doctor')).toBe(1);
	});

	it('knows every proper prefix of every word, and the longest word', () => {
		expect(rules.prefixes.has('家庭医')).toBe(true);
		expect(rules.prefixes.has('家庭医生')).toBe(false);
		expect(rules.maxWordLength).toBe(4);
	});
});
