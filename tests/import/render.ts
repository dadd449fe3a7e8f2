import { toString } from 'mdast-util-to-string';
import { parsePlanMarkdown } from '../../src/lib/outline.ts';

/**
 * Renders a plan file's body the way the site does (CommonMark + GFM) and returns its blocks'
 * plain text, one block a line, so that tests can compare what a reader sees with the source.
 * @param markdown a whole plan file
 * @returns the rendered text and the block nodes' types
 */
export function renderBodyText(markdown: string): { text: string; types: string[] } {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
	const root = parsePlanMarkdown(body);
	return {
		text: root.children.map((node) => toString(node)).join('\n'),
		types: root.children.map((node) => (node.type === 'heading' ? `h${node.depth}` : node.type)),
	};
}
