import type { Heading, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { assignItemIds, OUTLINE_TOP_DEPTH, type ItemAnchor } from './item-ids.ts';
import { findOwnerNotes } from './owner-notes.ts';

/** One item of a plan's outline: a numbered (or unnumbered) heading and the text under it. */
export interface PlanItem {
	/** Anchor id from the numbering path, e.g. `s2-3`. */
	id: string;
	/** The original marker as written (“（三）”), or null for an unnumbered heading. */
	number: string | null;
	/** Outline level, 1 for the top level (`##`). */
	level: number;
	/** Heading text without its marker. */
	title: string;
	/** Plain text of the paragraphs directly under the heading (not of sub-items). */
	text: string;
	/** Id of the enclosing item, or null at the top level. */
	parent: string | null;
	/** Offices named by owner notes in the heading or text (责任科室 …). */
	owners: string[];
	/** 1-based line of the heading within the Markdown body. */
	line: number;
}

/** A plan body split into its lead text and its outline items. */
export interface PlanOutline {
	/** Plain text before the first heading (the plan's opening paragraphs). */
	lead: string;
	items: PlanItem[];
}

/**
 * Parses Markdown the same way the site renders it (CommonMark + GFM, plus MDX for .mdx files),
 * so item ids match the anchors that {@link remarkItemAnchors} writes into the HTML and the
 * content check sees the same nodes as the build.
 * @param markdown a plan body (without front matter)
 * @param options `mdx: true` for an .mdx file; MDX syntax errors are thrown (with `line`)
 * @returns the root node
 */
export function parsePlanMarkdown(markdown: string, options: { mdx?: boolean } = {}): Root {
	if (options.mdx) {
		return fromMarkdown(markdown, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
	}
	return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** An outline heading with its derived anchor. */
export interface AnchoredHeading {
	node: Heading;
	anchor: ItemAnchor;
	/** The heading's plain text. */
	text: string;
}

/**
 * Finds the outline headings (`##` and deeper, top level only) and derives their anchors. Both
 * the rendered page and the data files call this, so their ids cannot drift apart.
 * @param nodes the top-level nodes of a plan body
 * @returns the outline headings in document order with their anchors
 */
export function anchorOutlineHeadings(nodes: readonly RootContent[]): AnchoredHeading[] {
	const headings = nodes.filter(
		(node): node is Heading => node.type === 'heading' && node.depth >= OUTLINE_TOP_DEPTH,
	);
	const texts = headings.map((node) => toString(node).trim());
	const anchors = assignItemIds(headings.map((node, index) => ({ depth: node.depth, text: texts[index] })));
	return headings.map((node, index) => ({ node, anchor: anchors[index], text: texts[index] }));
}

/**
 * Splits a plan's Markdown body into items, one per outline heading.
 * @param markdown a plan body (without front matter)
 * @returns the lead text and the items in document order
 */
export function extractOutline(markdown: string): PlanOutline {
	const root = parsePlanMarkdown(markdown);
	const anchored = new Map(anchorOutlineHeadings(root.children).map((entry) => [entry.node, entry]));
	const items: PlanItem[] = [];
	const lead: string[] = [];
	const stack: PlanItem[] = [];
	let current: { item: PlanItem; paragraphs: string[] } | null = null;
	const finish = () => {
		if (current) current.item.text = current.paragraphs.join('\n');
	};
	for (const node of root.children) {
		const heading = node.type === 'heading' ? anchored.get(node) : undefined;
		if (!heading) {
			const text = toString(node);
			if (text) (current ? current.paragraphs : lead).push(text);
			continue;
		}
		finish();
		const { id, marker, level } = heading.anchor;
		const headingText = heading.text;
		while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
		const item: PlanItem = {
			id,
			number: marker ? marker.raw.trim() : null,
			level,
			title: marker ? headingText.slice(marker.raw.length).trim() : headingText,
			text: '',
			parent: stack.length ? stack[stack.length - 1].id : null,
			owners: [],
			line: node.position?.start.line ?? 0,
		};
		stack.push(item);
		items.push(item);
		current = { item, paragraphs: [] };
	}
	finish();
	for (const item of items) {
		item.owners = [...new Set(findOwnerNotes(`${item.title}\n${item.text}`).map((note) => note.owner))];
	}
	return { lead: lead.join('\n'), items };
}
