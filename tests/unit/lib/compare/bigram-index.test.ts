import { describe, expect, it } from 'vitest';
import { buildBigramIndex, findCandidates } from '../../../../src/lib/compare/bigram-index.ts';
import { countBigrams, diceSimilarity } from '../../../../src/lib/compare/bigrams.ts';

const texts = ['加强中医馆建设', '加强签约服务', '加强人才队伍建设', '推进中医馆全覆盖'];
const bags = texts.map(countBigrams);
const index = buildBigramIndex(bags);

describe('findCandidates', () => {
	it('ranks documents by shared bigrams', () => {
		expect(findCandidates(index, countBigrams('中医馆建设'), { maxPostings: 10, limit: 10 })).toEqual([0, 3, 2]);
	});

	it('skips bigrams found in more documents than maxPostings', () => {
		// 加强 is in three documents: with a cap of 2 it finds nothing by itself.
		expect(findCandidates(index, countBigrams('加强'), { maxPostings: 2, limit: 10 })).toEqual([]);
		expect(findCandidates(index, countBigrams('加强'), { maxPostings: 3, limit: 10 })).toEqual([0, 1, 2]);
	});

	it('returns at most limit candidates', () => {
		expect(findCandidates(index, countBigrams('加强'), { maxPostings: 3, limit: 1 })).toEqual([0]);
	});
});

describe('diceSimilarity', () => {
	it('is 1 for the same wording and counts repeated bigrams', () => {
		expect(diceSimilarity(countBigrams('签约签约'), countBigrams('签约签约'))).toBe(1);
		// 签约签约 has 签约 twice and 约签 once; 签约 has 签约 once: 2·1 / (3 + 1).
		expect(diceSimilarity(countBigrams('签约签约'), countBigrams('签约'))).toBe(0.5);
	});
});
