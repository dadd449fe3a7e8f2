import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';
import { withBase } from '../lib/site-path.ts';

export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('robots.txt 需要站点网址：astro.config.mjs 的 site（SITE_URL）');
	// @astrojs/sitemap writes sitemap-index.xml at the site's base.
	const sitemap = new URL(withBase('/sitemap-index.xml'), site);
	return new Response(robotsTxt(sitemap.href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
