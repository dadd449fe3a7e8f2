import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { anchorOutlineHeadings } from './outline.ts';
import { findOwnerNotes } from './owner-notes.ts';

/** Node types that are links or could hold one; a heading with one cannot itself become a link. */
const LINKING_TYPES = new Set(['link', 'linkReference', 'html', 'mdxJsxTextElement', 'mdxTextExpression']);

/**
 * Remark plugin: gives every outline heading an id from its numbering path (not its wording) and a
 * permalink, and marks owner notes such as （责任科室：中医科）.
 *
 * The permalink is the heading's own text made a link to its id: markup repeated on every item is
 * most of a page's overhead over its text, and this costs one bare <a>, names the link by the item
 * for screen readers and gives a phone a whole line to tap. A heading that already holds a link
 * (links cannot nest) gets a separate, labelled link after its text instead.
 * @returns the transformer
 */
export function remarkItemAnchors() {
	return (tree: Root) => {
		for (const { node: heading, anchor: { id } } of anchorOutlineHeadings(tree.children)) {
			heading.data = { ...heading.data, hProperties: { id } };
			let holdsLink = false;
			visit(heading, (node) => {
				if (LINKING_TYPES.has(node.type)) holdsLink = true;
			});
			if (holdsLink) {
				heading.children.push({
					type: 'link',
					url: `#${id}`,
					children: [],
					data: { hProperties: { className: ['item-permalink'], 'aria-label': '本条链接' } },
				});
			} else {
				heading.children = [{ type: 'link', url: `#${id}`, children: heading.children }];
			}
		}
		visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
			if (!parent || index === undefined) return;
			const notes = findOwnerNotes(node.value);
			if (!notes.length) return;
			const parts: PhrasingContent[] = [];
			let offset = 0;
			for (const note of notes) {
				if (note.start > offset) parts.push({ type: 'text', value: node.value.slice(offset, note.start) });
				parts.push({
					type: 'emphasis',
					children: [{ type: 'text', value: node.value.slice(note.start, note.end) }],
					data: { hName: 'span', hProperties: { className: ['owner-note'] } },
				});
				offset = note.end;
			}
			if (offset < node.value.length) parts.push({ type: 'text', value: node.value.slice(offset) });
			parent.children.splice(index, 1, ...(parts as typeof parent.children));
			return index + parts.length;
		});
	};
}
