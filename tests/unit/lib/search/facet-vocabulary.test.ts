import { describe, expect, it } from 'vitest';
import { facetVocabulary } from '../../../../src/lib/search/facet-vocabulary.ts';

const option = (value: string) => ({ value, text: `${value}（1）` });
const options = new Map([
	['year', ['2025', '2019', '不详'].map(option)],
	['region', ['临淄区', '淄博市', '秦皇岛市', '不详'].map(option)],
	['kind', ['要点', '总结', '其他'].map(option)],
	['provenance', ['官方发布', '非官方文本'].map(option)],
	['topic', ['tcm'].map(option)],
]);

describe('facetVocabulary', () => {
	const vocabulary = facetVocabulary(options, [
		['山东省', '淄博市', '临淄区'],
		['山东省', '淄博市'],
		['山东省', '淄博市', '临淄区'],
		['河北省', '秦皇岛市'],
		['浙江省', '绍兴市', '上虞区'],
	]);

	it('takes the years, kinds and provenances of the filter options, without 不详 and without the kind 其他', () => {
		expect(vocabulary).toMatchObject({ year: ['2025', '2019'], kind: ['要点', '总结'], provenance: ['官方发布', '非官方文本'] });
	});

	it('lists each region of the chains once, after the region above it, marking those that are filter values and giving short names', () => {
		expect(vocabulary.region).toEqual([
			['山东省', -1, 0, '山东'],
			['淄博市', 0, 1, '淄博'],
			['临淄区', 1, 1, '临淄'],
			['河北省', -1, 0, '河北'],
			['秦皇岛市', 3, 1, '秦皇岛'],
		]);
	});

	it('leaves out a chain whose region is not a value of the region filter', () => {
		expect(vocabulary.region.map(([name]) => name)).not.toContain('上虞区');
	});
});
