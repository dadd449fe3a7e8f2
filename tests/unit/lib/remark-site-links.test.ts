import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkSiteLinks } from '../../../src/lib/remark-site-links.ts';

function urlsAfter(markdown: string, base: string): string[] {
	const tree: Root = fromMarkdown(markdown);
	remarkSiteLinks({ base })(tree);
	const urls: string[] = [];
	visit(tree, (node) => {
		if ('url' in node && typeof node.url === 'string') urls.push(node.url);
	});
	return urls;
}

const MARKDOWN = [
	'见[2023年要点](/plans/x/2023-priorities/#s2-3)和![图](/images/a.png)，',
	'[本条](#s1)、[上级](../y/)、[外站](https://www.nhc.gov.cn/)、[协议相对](//cdn.example/a)，[定义][d]。',
	'',
	'[d]: /topics/tcm/',
].join('\n');

describe('remarkSiteLinks', () => {
	it('puts links from the site’s root under a project site’s path, and leaves every other address alone', () => {
		expect(urlsAfter(MARKDOWN, '/wsjk/')).toEqual([
			'/wsjk/plans/x/2023-priorities/#s2-3',
			'/wsjk/images/a.png',
			'#s1',
			'../y/',
			'https://www.nhc.gov.cn/',
			'//cdn.example/a',
			'/wsjk/topics/tcm/',
		]);
	});

	it('changes nothing at a domain’s root', () => {
		expect(urlsAfter(MARKDOWN, '/')).toEqual(['/plans/x/2023-priorities/#s2-3', '/images/a.png', '#s1', '../y/', 'https://www.nhc.gov.cn/', '//cdn.example/a', '/topics/tcm/']);
	});
});
