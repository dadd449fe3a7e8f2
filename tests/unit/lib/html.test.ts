import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/html.ts';

describe('escapeHtml', () => {
	it('escapes what could end an element or an attribute, and keeps the rest', () => {
		expect(escapeHtml(`<a href="x">'健康' & 卫生</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;健康&#39; &amp; 卫生&lt;/a&gt;');
	});
});
