/** An outline heading as remarkItemAnchors renders it: `<h3 id="s2-1">…</h3>`. */
const HEADING = /<h([2-6]) id="([^"]+)"[^>]*>[\s\S]*?<\/h\1>/g;

/**
 * Adds markup at the end of each item of a rendered plan body, after the item's own text and
 * before the next heading: the topics and targets of an item follow what it says. The body's
 * HTML comes from the site's own Markdown pipeline, whose headings carry their item id
 * (remark-item-anchors.ts), so the ids find the places.
 * @param html the rendered body
 * @param after item id → the HTML to add at the end of that item (escaped by the caller)
 * @returns the body with the additions; items without an entry are left as they are
 */
export function annotateItems(html: string, after: ReadonlyMap<string, string>): string {
	if (after.size === 0) return html;
	const parts: string[] = [];
	let offset = 0;
	let open: string | undefined;
	for (const match of html.matchAll(HEADING)) {
		const start = match.index ?? 0;
		parts.push(html.slice(offset, start));
		if (open) parts.push(open);
		parts.push(match[0]);
		open = after.get(match[2]);
		offset = start + match[0].length;
	}
	parts.push(html.slice(offset));
	if (open) parts.push(open);
	return parts.join('');
}
