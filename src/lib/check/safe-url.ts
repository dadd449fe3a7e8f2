/**
 * Schemes a plan may link to. An allow-list, not a deny-list: javascript:, vbscript:, data: and
 * whatever browsers invent next are refused without being named here.
 */
export const SAFE_URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Browsers drop tabs and newlines anywhere in a URL and C0 controls and spaces at its ends. */
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f]/g;

/**
 * Decodes the character references a browser would decode in an attribute value, so that
 * `&#106;avascript:` is seen as `javascript:`. Named references other than a few common ones are
 * left as written; {@link unsafeUrlScheme} then refuses them where a scheme would be.
 * @param value an attribute value as written
 * @returns the value with numeric and common named references decoded
 */
export function decodeCharacterReferences(value: string): string {
	const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/', num: '#', quest: '?' };
	return value
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
		.replace(/&#([0-9]+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number.parseInt(decimal, 10), 0x10ffff)))
		.replace(/&([a-z]+);/gi, (reference, name: string) => named[name.toLowerCase()] ?? reference);
}

/**
 * Tells whether a link or image address could run script or smuggle content: anything with a
 * scheme outside {@link SAFE_URL_SCHEMES}. Addresses within the site (`/plans/…`, `#s2-3`,
 * `../x`) and protocol-relative ones have no scheme and pass.
 * @param url the address, with character references already decoded
 * @returns the offending scheme (`javascript`, `data`…), or null when the address is safe
 */
export function unsafeUrlScheme(url: string): string | null {
	const cleaned = url.replace(IGNORED_BY_BROWSERS, '');
	// Only the part before the first / ? # can hold a scheme.
	const head = /^[^/?#]*/.exec(cleaned)?.[0] ?? '';
	const colon = head.indexOf(':');
	if (colon === -1) {
		// A reference a browser would decode into a colon is refused rather than guessed at.
		return head.includes('&') ? head : null;
	}
	const scheme = head.slice(0, colon).toLowerCase();
	return (SAFE_URL_SCHEMES as readonly string[]).includes(scheme) ? null : scheme || ':';
}
