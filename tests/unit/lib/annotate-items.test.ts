import { describe, expect, it } from 'vitest';
import { annotateItems } from '../../../src/lib/annotate-items.ts';

describe('annotateItems', () => {
	const html = '<p>导语</p>\n<h2 id="s1"><a href="#s1">一、甲</a></h2>\n<h3 id="s1-1"><a href="#s1-1">（一）乙</a></h3>\n<p>正文</p>\n<h3 id="s1-2"><a href="#s1-2">（二）丙</a></h3>\n<p>末段</p>';

	it("puts each addition after the item's own text, before the next heading, and leaves the other items alone", () => {
		const result = annotateItems(html, new Map([['s1-1', '<p class="x">主题一</p>'], ['s1-2', '<p class="x">主题二</p>']]));
		expect(result).toBe(
			'<p>导语</p>\n<h2 id="s1"><a href="#s1">一、甲</a></h2>\n<h3 id="s1-1"><a href="#s1-1">（一）乙</a></h3>\n<p>正文</p>\n<p class="x">主题一</p><h3 id="s1-2"><a href="#s1-2">（二）丙</a></h3>\n<p>末段</p><p class="x">主题二</p>',
		);
	});

	it('returns the body unchanged without additions', () => {
		expect(annotateItems(html, new Map())).toBe(html);
	});
});
