import { describe, expect, it } from 'vitest';
import { frontMatterFields } from '../../../../src/lib/check/front-matter.ts';

describe('frontMatterFields', () => {
	it('reads the fields of the front matter, BOM and CRLF tolerated', () => {
		expect(frontMatterFields('\uFEFF---\r\nregion: qinhuangdao\r\nsource:\r\n  part: 2\r\n---\r\n\r\n正文\r\n')).toEqual({ region: 'qinhuangdao', source: { part: 2 } });
	});

	it('gives none for a file without front matter, with broken YAML, or with YAML that is not fields', () => {
		expect(frontMatterFields('正文\n')).toEqual({});
		expect(frontMatterFields('---\nregion: qinhuangdao\n正文\n')).toEqual({});
		expect(frontMatterFields('---\nregion: [unclosed\n---\n')).toEqual({});
		expect(frontMatterFields('---\n- region\n---\n')).toEqual({});
		expect(frontMatterFields('---\n---\n')).toEqual({});
	});
});
