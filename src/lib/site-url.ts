/** The address the site answers at when SITE_URL is not set: a placeholder, fine for local builds and tests. */
export const DEFAULT_SITE_URL = 'https://plans.example.org';

/**
 * The site's address for astro.config.mjs's `site`. Every link, script and data path of the site
 * is written from the root of its domain (/plans/…, /pagefind/…, the `url` of the open data), so
 * it can only be served there: a custom domain, or a user or organisation site
 * (<owner>.github.io). A project site of GitHub Pages (<owner>.github.io/<repo>/) would break every
 * link, so the build refuses it instead.
 * @param env SITE_URL, the site's address; BASE_PATH, the path GitHub Pages serves it under
 *   (actions/configure-pages' base_path: "" at a domain's root, "/<repo>" for a project site)
 * @returns the site's address
 * @throws when the address is not a URL, or either names a path below the domain's root
 */
export function resolveSiteUrl(env: { SITE_URL?: string; BASE_PATH?: string }): string {
	const siteUrl = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(siteUrl);
	} catch {
		throw new Error(`SITE_URL=${siteUrl} 不是网址：请写成 https://域名`);
	}
	const basePath = env.BASE_PATH?.trim() ?? '';
	const path = basePath !== '' && basePath !== '/' ? basePath : url.pathname !== '/' ? url.pathname : null;
	if (path !== null) {
		throw new Error(
			`本站的链接都从域名的根路径写起（/plans/…），只能部署在根路径上，不能部署在 ${path} 下（SITE_URL=${siteUrl}${basePath ? `，BASE_PATH=${basePath}` : ''}）。` +
				'GitHub Pages 的项目网站（<owner>.github.io/<repo>/）请在仓库的 Settings → Pages 中设置自定义域名，或改用名为 <owner>.github.io 的仓库。',
		);
	}
	return siteUrl;
}
