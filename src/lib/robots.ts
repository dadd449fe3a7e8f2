/**
 * The site's robots.txt: every page may be crawled (the site publishes public information), and
 * crawlers are told where the sitemap is.
 * @param sitemapUrl the sitemap index's absolute address
 * @returns the file's text
 */
export function robotsTxt(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
