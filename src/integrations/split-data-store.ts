import type { Plugin } from 'vite';

/** Astro's virtual module holding the content store, as Vite resolves it. */
const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
const SINGLE_LITERAL_PREFIX = 'export default JSON.parse(';
/** Characters per string literal: V8 compiles each in time close to linear up to a few million. */
export const DATA_STORE_LITERAL_CHARS = 1 << 20;

/**
 * Rewrites `export default JSON.parse("<whole store>")` as `JSON.parse(["<part>", …].join(""))`.
 * The store holds every plan's rendered HTML, and V8 compiles one string literal in time that grows
 * with the square of its length: 25 s of a 3,000-plan build went to compiling this one line. The
 * parsed value is the same; only the source is cut into parts of `partChars` characters.
 * Returns null for code of any other shape (an empty store, Astro's chunked storage).
 */
export function splitStoreLiteral(code: string, partChars = DATA_STORE_LITERAL_CHARS): string | null {
	if (!code.startsWith(SINGLE_LITERAL_PREFIX) || !code.endsWith(')')) return null;
	const json: unknown = JSON.parse(code.slice(SINGLE_LITERAL_PREFIX.length, -1));
	if (typeof json !== 'string' || json.length <= partChars) return null;
	const parts: string[] = [];
	for (let start = 0; start < json.length; start += partChars) parts.push(JSON.stringify(json.slice(start, start + partChars)));
	return `export default JSON.parse([\n${parts.join(',\n')}\n].join(''))`;
}

/** The Vite plugin applying `splitStoreLiteral` to Astro's content store module. */
export function splitDataStore(): Plugin {
	return {
		name: 'health-plans:split-data-store',
		enforce: 'post',
		transform: {
			filter: { id: /^\0astro:data-layer-content$/ },
			handler(code, id) {
				if (id !== DATA_STORE_MODULE_ID) return null;
				const split = splitStoreLiteral(code);
				// A large store that comes in another shape would be compiled slowly again: say so.
				if (split === null && code.length > DATA_STORE_LITERAL_CHARS) this.warn('内容存储模块的形式已变，未能拆分，构建会变慢（src/integrations/split-data-store.ts）');
				return split === null ? null : { code: split, map: { mappings: '' } };
			},
		},
	};
}
