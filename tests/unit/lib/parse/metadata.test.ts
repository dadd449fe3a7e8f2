import { describe, expect, it } from 'vitest';
import { parseMetadataLine } from '../../../../src/lib/parse/metadata.ts';

describe('parseMetadataLine', () => {
	it('reads space-separated label:value pairs and skips empty ones', () => {
		expect(
			parseMetadataLine(
				'体裁分类:公告公示        主题分类:卫生、体育        文号:        索引号:000357739/2019-122',
			)?.fields,
		).toEqual({
			ignored: '公告公示',
			subject_class: '卫生、体育',
			index_no: '000357739/2019-122',
		});
	});

	it('reads the cells of a copied table', () => {
		expect(parseMetadataLine('文号: | 公开日期: | 2025-03-31 16:24 | |')?.fields).toEqual({
			published: '2025-03-31 16:24',
		});
	});

	it('reads a date glued to a read counter', () => {
		expect(parseMetadataLine('发布日期:2017年05月04日阅读次数:138')?.fields).toEqual({
			published: '2017年05月04日',
			chrome: '138',
		});
	});

	it('reads a parenthesised disclosure line', () => {
		expect(parseMetadataLine('(信息公开形式:主动公开)')?.fields).toEqual({
			disclosure: '主动公开',
		});
	});

	it('refuses a sentence that mentions a label', () => {
		expect(parseMetadataLine('按照文号:秦卫字的要求，各单位认真落实。')).toBeNull();
	});
});
