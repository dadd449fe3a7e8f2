import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeParagraph } from '../../../../src/lib/parse/escape.ts';

const render = (markdown: string) => {
	const root = fromMarkdown(markdown, {
		extensions: [gfm()],
		mdastExtensions: [gfmFromMarkdown()],
	});
	return { text: toString(root), types: root.children.map((node) => node.type) };
};

describe('escapeParagraph', () => {
	it.each([
		'1.构建现代医院管理制度',
		'1) 括号编号',
		'- 横线开头',
		'+ 加号开头',
		'# 井号开头',
		'> 大于号开头',
		'*重点人群*和_下划线_',
		'**** 年是特殊时期',
		'A | B | C',
		'[见附件](a) 与 <b>标签</b>',
		'~~删除线~~',
		'&nbsp;实体',
		'反斜杠\\n',
		'---',
	])('renders %s as one paragraph with the same text', (text) => {
		const rendered = render(escapeParagraph(text));
		expect(rendered.types).toEqual(['paragraph']);
		expect(rendered.text).toBe(text);
	});
});
