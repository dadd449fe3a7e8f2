/** One start tag found in raw HTML, as a browser would read it. */
export interface HtmlStartTag {
	/** Tag name, lower-cased (`script`). */
	name: string;
	/** Attributes in source order; names lower-cased, values with character references as written. */
	attributes: { name: string; value: string }[];
	/** Offset of the `<` in the scanned text, to map the tag to a line. */
	offset: number;
}

/**
 * Elements whose content a browser reads as text up to their end tag; a `<` inside them does not
 * start a tag, so the scanner skips to the end tag rather than reporting `a<b` in a script.
 */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const WHITESPACE = /[\t\n\f\r ]/;

/**
 * Lists the start tags of a piece of raw HTML (a Markdown `html` node), following the tokenizer
 * rules of the HTML standard closely enough for a safety check: the tag name ends at whitespace,
 * `/` or `>`; attribute names end at whitespace, `/`, `>` or `=`; values may be quoted or not; a
 * tag without its closing `>` still counts, because a browser would complete it from what follows.
 * End tags, comments and declarations are skipped: they cannot run anything.
 * @param html the raw HTML
 * @returns the start tags in source order
 */
export function scanHtmlStartTags(html: string): HtmlStartTag[] {
	const tags: HtmlStartTag[] = [];
	let index = 0;
	while (index < html.length) {
		const open = html.indexOf('<', index);
		if (open === -1) break;
		if (html.startsWith('<!--', open)) {
			const close = html.indexOf('-->', open + 4);
			index = close === -1 ? html.length : close + 3;
			continue;
		}
		const next = html[open + 1] ?? '';
		if (next === '!' || next === '?' || next === '/') {
			const close = html.indexOf('>', open + 1);
			index = close === -1 ? html.length : close + 1;
			continue;
		}
		if (!/[A-Za-z]/.test(next)) {
			index = open + 1;
			continue;
		}
		let cursor = open + 1;
		while (cursor < html.length && !WHITESPACE.test(html[cursor]) && html[cursor] !== '/' && html[cursor] !== '>') cursor++;
		const name = html.slice(open + 1, cursor).toLowerCase();
		const attributes: HtmlStartTag['attributes'] = [];
		while (cursor < html.length && html[cursor] !== '>') {
			if (WHITESPACE.test(html[cursor]) || html[cursor] === '/') {
				cursor++;
				continue;
			}
			const nameStart = cursor;
			// An attribute name may start with `=`; after that it ends at whitespace, / > or =.
			cursor++;
			while (cursor < html.length && !WHITESPACE.test(html[cursor]) && !'/>='.includes(html[cursor])) cursor++;
			const attributeName = html.slice(nameStart, cursor).toLowerCase();
			while (cursor < html.length && WHITESPACE.test(html[cursor])) cursor++;
			let value = '';
			if (html[cursor] === '=') {
				cursor++;
				while (cursor < html.length && WHITESPACE.test(html[cursor])) cursor++;
				const quote = html[cursor];
				if (quote === '"' || quote === "'") {
					const close = html.indexOf(quote, cursor + 1);
					const end = close === -1 ? html.length : close;
					value = html.slice(cursor + 1, end);
					cursor = end + 1;
				} else {
					const valueStart = cursor;
					while (cursor < html.length && !WHITESPACE.test(html[cursor]) && html[cursor] !== '>') cursor++;
					value = html.slice(valueStart, cursor);
				}
			}
			attributes.push({ name: attributeName, value });
		}
		tags.push({ name, attributes, offset: open });
		index = cursor + 1;
		if (RAW_TEXT_ELEMENTS.has(name)) {
			const close = html.toLowerCase().indexOf(`</${name}`, index);
			index = close === -1 ? html.length : close;
		}
	}
	return tags;
}
