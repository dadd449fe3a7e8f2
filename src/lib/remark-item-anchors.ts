import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { anchorOutlineHeadings } from './outline.ts';
import { findOwnerNotes } from './owner-notes.ts';

/**
 * Remark plugin: gives every outline heading an id from its numbering path (not its wording), a
 * visible permalink, and marks owner notes such as （责任科室：中医科）. The permalink is an empty
 * link styled by CSS, so the heading text collected for the table of contents stays the source's.
 * @returns the transformer
 */
export function remarkItemAnchors() {
	return (tree: Root) => {
		for (const { node: heading, anchor: { id } } of anchorOutlineHeadings(tree.children)) {
			heading.data = { ...heading.data, hProperties: { id } };
			// Markup repeated on every item is most of a page's overhead over its text, so the link
			// carries only what it needs: screen readers announce it inside its heading, which names
			// the item, and an empty link has no text for Pagefind to index.
			heading.children.push({
				type: 'link',
				url: `#${id}`,
				children: [],
				data: { hProperties: { className: ['item-permalink'], 'aria-label': '本条链接' } },
			});
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
