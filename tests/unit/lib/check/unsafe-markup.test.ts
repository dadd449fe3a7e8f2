import { describe, expect, it } from 'vitest';
import { scanHtmlStartTags } from '../../../../src/lib/check/html-tags.ts';
import { decodeCharacterReferences, unsafeUrlScheme } from '../../../../src/lib/check/safe-url.ts';
import { findUnsafeMarkup } from '../../../../src/lib/check/unsafe-markup.ts';
import { findUnsafeMarkupInFile } from '../../../../src/lib/check/unsafe-markup-in-file.ts';
import { parsePlanMarkdown } from '../../../../src/lib/outline.ts';
import { parsedLineOffset } from '../../../../src/lib/remark-safe-markup.ts';

/** The first words of each problem (up to “：”), enough to tell which rule fired. */
const found = (markdown: string, mdx = false, allowedComponents: string[] = []) =>
	findUnsafeMarkup(parsePlanMarkdown(markdown, { mdx }), { allowedComponents }).map((problem) => `${problem.line} ${problem.message.split('：')[0]}`);

describe('scanHtmlStartTags', () => {
	it('reads names and attributes as a browser does, including an unfinished tag', () => {
		expect(scanHtmlStartTags('<IMG src=x ONERROR = "a()" /><div\nonclick=\'b\'')).toEqual([
			{ name: 'img', attributes: [{ name: 'src', value: 'x' }, { name: 'onerror', value: 'a()' }], offset: 0 },
			{ name: 'div', attributes: [{ name: 'onclick', value: 'b' }], offset: 29 },
		]);
	});

	it('skips comments, end tags and the text inside script', () => {
		expect(scanHtmlStartTags('<!-- <img onerror=x> --></p><script>if (a<b) {}</script>').map((tag) => tag.name)).toEqual(['script']);
	});
});

describe('unsafeUrlScheme', () => {
	it.each([
		['https://www.example.gov.cn/a?b=1&c=2', null],
		['/plans/baotou/2017-priorities/#s1-2', null],
		['#s2-3', null],
		['mailto:wjw@example.gov.cn', null],
		['javascript:alert(1)', 'javascript'],
		[' JaVa\tScRiPt:alert(1)', 'javascript'],
		['data:text/html,<script>', 'data'],
		['vbscript:msgbox', 'vbscript'],
	])('%s → %s', (url, scheme) => {
		expect(unsafeUrlScheme(url)).toBe(scheme);
	});

	it('sees through character references a browser would decode', () => {
		expect(unsafeUrlScheme(decodeCharacterReferences('&#106;avascript:x'))).toBe('javascript');
		expect(unsafeUrlScheme(decodeCharacterReferences('&#x6A;avascript&colon;x'))).toBe('javascript');
		expect(unsafeUrlScheme(decodeCharacterReferences('javascript&unknownref;x'))).not.toBeNull();
	});
});

describe('findUnsafeMarkup in Markdown', () => {
	it('lets plain Markdown and the allowed HTML through', () => {
		expect(found('## 一、甲\n\n[原文](https://example.gov.cn/a) ![图](/images/a.png)\n\n<sup>2</sup><br><table><tr><td colspan="2">x</td></tr></table>')).toEqual([]);
	});

	it.each([
		['<script>alert(1)</script>', '1 不允许的 HTML 标签 <script>'],
		['x\n\n<iframe src="https://a"></iframe>', '3 不允许的 HTML 标签 <iframe>'],
		['<object data="a"></object>', '1 不允许的 HTML 标签 <object>'],
		['<embed src="a">', '1 不允许的 HTML 标签 <embed>'],
		['<form action="https://a"><p>x</p></form>', '1 不允许的 HTML 标签 <form>'],
		['<meta http-equiv="refresh" content="0;url=https://a">', '1 不允许的 HTML 标签 <meta>'],
		['<base href="https://a/">', '1 不允许的 HTML 标签 <base>'],
		['<link rel="stylesheet" href="https://a">', '1 不允许的 HTML 标签 <link>'],
		['<svg onload="a()"></svg>', '1 不允许的 HTML 标签 <svg>'],
		['文字 <span onclick="a()">x</span>', '1 不允许的 HTML 属性 onclick（在 <span> 上）'],
		['<div>\n<p onmouseover="a()">x</p>\n</div>', '2 不允许的 HTML 属性 onmouseover（在 <p> 上）'],
		['<span style="background:url(javascript:a())">x</span>', '1 不允许的 HTML 属性 style（在 <span> 上）'],
		['[点此](javascript:alert(1))', '1 不安全的链接地址“javascript'],
		['<javascript:alert(1)>', '1 不安全的链接地址“javascript'],
		['[x][r]\n\n[r]: javascript:alert(1)', '3 不安全的链接地址“javascript'],
		['<a href="&#106;avascript:alert(1)">x</a>', '1 不安全的链接地址“javascript'],
		['![图](data:image/png;base64,AAAA)', '1 不允许的图片地址“data'],
		['![图](https://elsewhere.example/a.png)', '1 不允许的图片地址“https'],
		['![图][i]\n\n[i]: data:image/png;base64,AAAA', '3 不允许的图片地址“data'],
		['<img src="data:image/png;base64,AAAA">', '1 不允许的图片地址“data'],
	])('%j → %s', (markdown, problem) => {
		expect(found(markdown)).toEqual([expect.stringContaining(problem)]);
	});
});

describe('findUnsafeMarkup in MDX', () => {
	it.each([
		['import Chart from "../../src/components/Chart.astro"', '1 MDX 中不允许使用的组件/表达式'],
		['export const a = 1', '1 MDX 中不允许使用的组件/表达式'],
		['正文 {1 + 1} 正文', '1 MDX 中不允许使用的组件/表达式'],
		['<Chart />', '1 MDX 中不允许使用的组件/表达式'],
		['<ui.Chart />', '1 MDX 中不允许使用的组件/表达式'],
		['<span {...props}>x</span>', '1 MDX 中不允许使用的组件/表达式'],
		['<script src="https://a"></script>', '1 不允许的 HTML 标签 <script>'],
		['<a href="javascript:a()">x</a>', '1 不安全的链接地址“javascript'],
	])('%j → %s', (markdown, problem) => {
		expect(found(markdown, true)).toEqual([problem.startsWith('1 MDX') ? `${problem}` : expect.stringContaining(problem)]);
	});

	it('allows a component from the allow-list, with text attributes only', () => {
		expect(found('<Note title="说明">x</Note>', true, ['Note'])).toEqual([]);
		expect(found('<Note title={a}>x</Note>', true, ['Note'])).toEqual(['1 MDX 中不允许使用的组件/表达式']);
	});
});

describe('findUnsafeMarkupInFile', () => {
	it('reports file lines below the front matter, and MDX syntax errors', () => {
		const text = '\uFEFF---\r\ntitle: 甲\r\n---\r\n\r\n<script>a()</script>\r\n';
		expect(findUnsafeMarkupInFile(text, { mdx: false, allowedComponents: [] }).map((problem) => problem.line)).toEqual([5]);
		expect(findUnsafeMarkupInFile('---\ntitle: 甲\n---\n\n正文 <!-- 注释 -->\n', { mdx: true, allowedComponents: [] })).toEqual([
			expect.objectContaining({ line: 5, message: expect.stringMatching(/^MDX 语法错误：/) }),
		]);
	});
});

describe('parsedLineOffset', () => {
	it('finds a trimmed Markdown body in its file, and leaves whole-file MDX alone', () => {
		expect(parsedLineOffset('---\ntitle: 甲\n---\n\n## 一、甲\n', '## 一、甲')).toBe(4);
		expect(parsedLineOffset('---\ntitle: 甲\n---\n\n## 一、甲\n', '   \n         \n   \n\n## 一、甲\n')).toBe(0);
	});
});
