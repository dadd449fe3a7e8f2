import { describe, expect, it } from 'vitest';
import { findWordHits } from '../../../../src/lib/topics/find-words.ts';
import { createWordLookup } from '../../../../src/lib/topics/rules.ts';

const lookup = createWordLookup(new Map(['中医', '医共体', '家医', '两癌', 'ai', '健康教育'].map((word) => [word, true])));
const words = (tokens: string[]) => findWordHits(tokens, lookup).map((hit) => hit.word);

describe('findWordHits', () => {
	it('does not find a word that runs across a boundary inside it: 集中/医疗 has no 中医', () => {
		expect(words(['集中', '医疗', '资源'])).toEqual([]);
		expect(words(['国家', '医疗', '保障局'])).toEqual([]);
	});

	it('finds a word made of several whole segmenter words', () => {
		expect(findWordHits(['推进', '医', '共', '体', '建设'], lookup)).toEqual([{ word: '医共体', start: 2, end: 5 }]);
	});

	it('finds a word inside one segmenter word of Han characters, as jieba search mode does', () => {
		expect(findWordHits(['县级', '中医医院'], lookup)).toEqual([{ word: '中医', start: 2, end: 4 }]);
	});

	it('finds a word that starts in the middle of a Han word and ends with it', () => {
		expect(words(['开展', '宫颈癌两癌', '筛查'])).toEqual(['两癌']);
	});

	it('rejects a word that starts inside one segmenter word and ends inside the next', () => {
		// 心理健康/教育: 健康教育 would start inside 心理健康.
		expect(words(['心理健康', '教育'])).toEqual([]);
		expect(words(['心理', '健康', '教育'])).toEqual(['健康教育']);
	});

	it('never looks inside Latin words', () => {
		expect(words(['paid', ' ', 'ai', '诊断'])).toEqual(['ai']);
	});

	it('returns the offsets of each hit in the joined text, in text order', () => {
		const tokens = ['中医', '和', '两癌', '、', '中医'];
		expect(findWordHits(tokens, lookup)).toEqual([
			{ word: '中医', start: 0, end: 2 },
			{ word: '两癌', start: 3, end: 5 },
			{ word: '中医', start: 6, end: 8 },
		]);
	});
});
