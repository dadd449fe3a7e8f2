import type { Heading, Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { remarkItemAnchors } from '../../../src/lib/remark-item-anchors.ts';

/** The HTML attributes remark-rehype will give a node. */
const hProperties = (node: { data?: unknown }) => (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;

function anchored(markdown: string): Heading[] {
	const tree: Root = fromMarkdown(markdown);
	remarkItemAnchors()(tree);
	return tree.children.filter((node): node is Heading => node.type === 'heading');
}

describe('remarkItemAnchors', () => {
	it('makes each numbered heading a link to its own id from the numbering', () => {
		const [section, item] = anchored('## 一、深化医改\n\n### （一）推进家庭医生签约。\n\n正文。\n');
		expect(hProperties(section)).toEqual({ id: 's1' });
		expect(hProperties(item)).toEqual({ id: 's1-1' });
		for (const heading of [section, item]) {
			expect(heading.children).toHaveLength(1);
			const link = heading.children[0] as Link;
			expect(link.type).toBe('link');
			expect(link.url).toBe(`#${hProperties(heading)?.id}`);
		}
		expect(toString(item)).toBe('（一）推进家庭医生签约。');
	});

	it('keeps emphasis inside the heading link', () => {
		const [heading] = anchored('## 一、*重点*工作\n');
		const link = heading.children[0] as Link;
		expect(link.children.map((child) => child.type)).toEqual(['text', 'emphasis', 'text']);
		expect(toString(heading)).toBe('一、重点工作');
	});

	it('gives a heading that already holds a link a separate labelled permalink, never a nested link', () => {
		const [heading] = anchored('## 一、落实[健康中国](https://example.org/)行动\n');
		const links = heading.children.filter((child): child is Link => child.type === 'link');
		expect(links.map((link) => link.url)).toEqual(['https://example.org/', '#s1']);
		const permalink = links[1];
		expect(permalink.children).toEqual([]);
		expect(hProperties(permalink)).toEqual({ className: ['item-permalink'], 'aria-label': '本条链接' });
	});

	it('marks owner notes inside the heading link', () => {
		const [heading] = anchored('### （一）推进中医药发展（责任科室：中医科）\n');
		const link = heading.children[0] as Link;
		expect(link.children.some((child) => child.type === 'emphasis' && toString(child) === '（责任科室：中医科）')).toBe(true);
	});
});
