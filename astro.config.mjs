// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { displayContentPath, OUTPUT_ROOT } from './src/content-root.ts';
import { dataStoreFromFile } from './src/integrations/data-store-from-file.ts';
import { remarkItemAnchors } from './src/lib/remark-item-anchors.ts';
import { remarkSafeMarkup } from './src/lib/remark-safe-markup.ts';
import { remarkSiteLinks } from './src/lib/remark-site-links.ts';
import { resolveSiteLocation } from './src/lib/site-url.ts';
import { listMdxComponents } from './src/mdx-components.ts';

// SITE_URL and BASE_PATH: a domain's root, or a path under it (a GitHub Pages project site).
const { site, base } = resolveSiteLocation(process.env);

export default defineConfig({
	site,
	base,
	// OUT_DIR lets tests and benchmarks build fixture content without touching the real dist/.
	outDir: OUTPUT_ROOT,
	// The content layer caches parsed and rendered entries here and keeps entries of earlier builds
	// whose files still exist, even from another CONTENT_DIR; the benchmark builds cold in its own.
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Styles stay in files so the Content-Security-Policy (src/consts.ts) needs no hashes.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Bundled scripts stay in files too: Vite would inline a small one (the display-mode buttons'),
	// which the policy forbids; the one inline script is written by hand and allowed by its hash.
	vite: { build: { assetsInlineLimit: 0 } },
	markdown: {
		// Astro 7 runs remark plugins only through the unified processor. GFM comes from remark-gfm
		// itself; smart punctuation is off because it would rewrite the source's quotation marks.
		// remarkSafeMarkup runs first and fails the build on script-capable HTML or MDX; MDX files
		// inherit these plugins from the processor.
		processor: unified({
			gfm: false,
			smartypants: false,
			remarkPlugins: [
				[
					remarkSafeMarkup,
					{
						allowedComponents: listMdxComponents(),
						displayPath: displayContentPath,
						readSource: (/** @type {string} */ path) => readFileSync(path, 'utf8'),
					},
				],
				remarkGfm,
				remarkItemAnchors,
				[remarkSiteLinks, { base }],
			],
		}),
	},
	// The search index is the second step of `npm run build` (scripts/build-search-index.ts).
	integrations: [mdx(), sitemap(), dataStoreFromFile()],
});
