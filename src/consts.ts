import { buildDate } from './lib/build-date.ts';

/** Site name shown in the header and page titles. */
export const SITE_TITLE = '卫生健康工作要点公开';

/** One line about the site, for the home page and meta description. */
export const SITE_DESCRIPTION =
	'汇集各地卫生健康部门的年度工作要点、计划与总结，逐条可链接，可按年份、地区检索和比较。';

/**
 * The licence of the site's own work on the texts: their selection and arrangement, the outline
 * with its item ids, the metadata, topics and extracted targets, and the data files. The texts
 * themselves are not the site's to license: the rights in an agency's text stay with the agency,
 * and those in a model essay with its author or website. The open data page states both.
 */
export const DATA_LICENSE = {
	/** The licence's short name. */
	name: 'CC BY 4.0',
	/** Its full name in Chinese. */
	title: '知识共享署名 4.0 国际许可协议',
	/** The licence text in Simplified Chinese. */
	url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;

/** The RSS feed of newly added plans (src/pages/rss.xml.ts). */
export const FEED_PATH = '/rss.xml';

/**
 * The day of the build (src/lib/build-date.ts): SOURCE_DATE_EPOCH when set, so that a rebuild of
 * the same content on another day gives the same bytes; else today.
 */
export const BUILD_DATE: string = buildDate(process.env.SOURCE_DATE_EPOCH, new Date());

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
