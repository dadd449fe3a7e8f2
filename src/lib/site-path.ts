import { normalizeBasePath } from './site-url.ts';

/**
 * Links within the site. A file or route is named by its site path, from the site's own root
 * (FEED_PATH, planDataPath, the search's shard paths: /data/plans.json), which is also where it
 * lies in dist/; `withBase` turns it into the address to link to, under the base path the site is
 * served at (astro.config.mjs `base`: '/' at a domain's root, '/<repo>/' for a GitHub Pages
 * project site). The `url` of every record in src/data (plans, regions, topics, pages) is such an
 * address already, base included: link to it as it is, never through withBase again.
 */

/**
 * The base path of this build, from Vite's import.meta.env.BASE_URL in pages and browser scripts;
 * '/' where nothing set it (plain Node scripts, which serve and read dist/ at its root).
 */
export const BASE_PATH: string = normalizeBasePath(import.meta.env?.BASE_URL ?? '/');

/**
 * @param sitePath a path from the site's root, starting with '/', e.g. /plans/x/2023-priorities/
 * @param base the base path, '/' or '/<repo>/' (this build's by default)
 * @returns the address to link to, e.g. /repo/plans/x/2023-priorities/
 */
export function withBase(sitePath: string, base: string = BASE_PATH): string {
	if (!sitePath.startsWith('/') || sitePath.startsWith('//')) throw new Error(`站内路径应以一个 / 开头：${sitePath}`);
	return base === '/' ? sitePath : `${base}${sitePath.slice(1)}`;
}

/**
 * @param address a path as the browser shows it, e.g. /repo/plans/x/
 * @param base the base path (this build's by default)
 * @returns its site path (/plans/x/), or null when it lies outside the site
 */
export function withoutBase(address: string, base: string = BASE_PATH): string | null {
	if (base === '/') return address.startsWith('/') ? address : null;
	if (`${address}/` === base) return '/';
	return address.startsWith(base) ? `/${address.slice(base.length)}` : null;
}

