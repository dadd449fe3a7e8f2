/**
 * Characters that Markdown (CommonMark + GFM) reads as syntax anywhere in a line: emphasis
 * (* _ ~), code (`), links ([ ]), HTML (<), tables (|) and the escape character itself.
 */
const INLINE_SPECIAL = /[\\`*_~[\]<|]/g;

/** An HTML entity such as &nbsp; would be decoded; escaping its & keeps the text as written. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Escapes a text so that Markdown renders it exactly as written.
 * @param text plain text
 * @returns the text with Markdown syntax characters escaped
 */
export function escapeInline(text: string): string {
	return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY, '\\&');
}

/**
 * Escapes a paragraph: inline syntax, plus what a line start would make a block — a list
 * (1. 1) - +), a heading (#), a quote (>), a setext underline (=).
 * @param text the paragraph's plain text, one line
 * @returns Markdown that renders as the same text
 */
export function escapeParagraph(text: string): string {
	return escapeInline(text)
		.replace(/^(\d{1,9})([.)])/, '$1\\$2')
		.replace(/^([#>+\-=])/, '\\$1');
}

/**
 * Escapes a heading's title: inline syntax, and # which would close an ATX heading.
 * @param text the title after the marker
 * @returns Markdown for the heading text
 */
export function escapeHeadingText(text: string): string {
	return escapeInline(text).replace(/#/g, '\\#');
}
