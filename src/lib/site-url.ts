/** The address the site answers at when SITE_URL is not set: a placeholder, fine for local builds and tests. */
export const DEFAULT_SITE_URL = 'https://plans.example.org';

/** Where the site is served: astro.config.mjs's `site` and `base`. */
export interface SiteLocation {
	/** The domain's address, without a path, e.g. https://health-open.github.io */
	site: string;
	/** The path the site is served under: '/' at a domain's root, '/<repo>/' for a GitHub Pages project site. */
	base: string;
}

/**
 * Where the site is served, from the environment. GitHub Pages' actions/configure-pages gives
 * base_url (the whole address, e.g. https://owner.github.io/repo) and base_path ("/repo", or ""
 * at a domain's root); either may carry the path, and they must agree when both do.
 * @param env SITE_URL, the site's address; BASE_PATH, the path it is served under
 * @returns the domain's address and the base path
 * @throws when the address is not a URL, or the two name different paths
 */
export function resolveSiteLocation(env: { SITE_URL?: string; BASE_PATH?: string }): SiteLocation {
	const siteUrl = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(siteUrl);
	} catch {
		throw new Error(`SITE_URL=${siteUrl} 不是网址：请写成 https://域名 或 https://域名/路径`);
	}
	const fromUrl = normalizeBasePath(url.pathname);
	const fromEnv = env.BASE_PATH?.trim() ? normalizeBasePath(env.BASE_PATH.trim()) : null;
	if (fromEnv !== null && fromUrl !== '/' && fromEnv !== fromUrl) {
		throw new Error(`SITE_URL=${siteUrl} 的路径 ${fromUrl} 与 BASE_PATH=${env.BASE_PATH} 不一致：两者只写一个，或写成同一路径。`);
	}
	return { site: url.origin, base: fromEnv ?? fromUrl };
}

/**
 * @param path a base path as written ('', '/', 'repo', '/repo', '/repo/')
 * @returns it with one slash on each side ('/' for the root): the form every link joins onto
 * @throws when it holds something a path cannot (a query, a fragment, "..")
 */
export function normalizeBasePath(path: string): string {
	const segments = path.split('/').filter(Boolean);
	if (segments.some((segment) => segment === '.' || segment === '..' || /[?#\\\s]/.test(segment))) {
		throw new Error(`网站路径 ${path} 无效：应写成 /仓库名 这样的路径`);
	}
	return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
