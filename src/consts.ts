/** Site name shown in the header and page titles. */
export const SITE_TITLE = '卫生健康工作要点公开';

/** One line about the site, for the home page and meta description. */
export const SITE_DESCRIPTION =
	'汇集各地卫生健康部门的年度工作要点、计划与总结，逐条可链接，可按年份、地区检索和比较。';

/**
 * Base URL for “在 GitHub 上编辑” links, ending in `/` (the file path is appended). Set
 * EDIT_BASE_URL at build time, e.g. https://github.com/<owner>/<repo>/edit/main/; without it the
 * pages show the file path only, rather than a link that may lead nowhere.
 */
export const EDIT_BASE_URL: string | null = process.env.EDIT_BASE_URL?.trim() || null;

/**
 * The Content-Security-Policy every page carries in a <meta>. Scripts and styles come only from the
 * site's own files: nothing is inlined (astro.config.mjs sets inlineStylesheets: 'never'), so no
 * hash is needed. Astro's own security.csp would list the hashes of its island and client-directive
 * scripts on every page, which this site never uses, and make every page's meta several times longer.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
].join(';');
