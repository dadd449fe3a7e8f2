import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { buildDomainDictionary, createIntlSegmenter, createJiebaSegmenter } from '../../../../src/lib/topics/segment.ts';

describe('createJiebaSegmenter', () => {
	const jieba = createJiebaSegmenter(['医共体', '两癌', '疫苗受害者']);

	it('keeps the domain words whole', () => {
		expect(jieba.segment('推进医共体建设，开展两癌筛查')).toEqual(['推进', '医共体', '建设', '，', '开展', '两癌', '筛查']);
		expect(jieba.segment('自诉疫苗受害者')).toContain('疫苗受害者');
	});

	it('returns words that join back to the text, spaces and punctuation included', () => {
		const text = '加强 DRGs  管理\n（一）推进 82.8岁';
		expect(jieba.segment(text).join('')).toBe(text);
	});
});

describe('createIntlSegmenter', () => {
	it('returns words that join back to the text', () => {
		const text = '推进“互联网+医疗健康”发展';
		expect(createIntlSegmenter().segment(text).join('')).toBe(text);
	});
});

describe('buildDomainDictionary', () => {
	const defaults = new TextDecoder().decode(dict);

	it('gives a new word the domain frequency and keeps a known word’s higher one', () => {
		const lines = buildDomainDictionary(['医共体', '中国'], defaults, 2000).split('\n');
		expect(lines).toContain('医共体 2000');
		const china = Number(lines.find((line) => line.startsWith('中国 '))?.split(' ')[1]);
		expect(china).toBeGreaterThan(2000);
	});

	it('leaves out words jieba could never produce as one word', () => {
		expect(buildDomainDictionary(['宫颈癌、乳腺癌筛查', '中', 'a b'], defaults)).toBe('');
	});
});
