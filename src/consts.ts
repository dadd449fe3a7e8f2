import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDate } from './lib/build-date.ts';
import { cspHashSource } from './lib/csp.ts';
import { displayModeInlineScript } from './lib/display-mode.ts';
import { resolveRepository } from './lib/repository.ts';

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
 * The GitHub repository the site is built from, for the “在 GitHub 上编辑” links and the commit
 * links of the 修改记录: from EDIT_BASE_URL, REPOSITORY (and REPOSITORY_BRANCH), GitHub Actions'
 * GITHUB_REPOSITORY, or package.json's `repository` field, in that order (src/lib/repository.ts).
 * Without any, the pages have no such links rather than links that may lead nowhere, and the build
 * says so to whoever runs it.
 */
export const SOURCE_REPOSITORY = resolveRepository(process.env, readPackageRepository());
if (!SOURCE_REPOSITORY) {
	console.warn('[仓库] 未设置仓库地址，文件页不显示“在 GitHub 上编辑”和提交链接：在 package.json 中填写 repository，或设置 REPOSITORY=owner/name。');
}

/** @returns the `repository` field of the package.json in the folder the build runs from, or undefined */
function readPackageRepository(): unknown {
	const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { repository?: unknown };
	return manifest.repository;
}

/** The inline script every page starts <head> with (BaseLayout.astro): one text, the one the policy below hashes. */
export const DISPLAY_MODE_SCRIPT = displayModeInlineScript();

/**
 * The Content-Security-Policy every page carries in a <meta>. Scripts and styles come only from the
 * site's own files (astro.config.mjs sets inlineStylesheets: 'never'), but for one inline script:
 * the display-mode script at the top of <head> (BaseLayout.astro), which must run before the first
 * paint, allowed by the hash of its text. Astro's own security.csp would list the hashes of its
 * island and client-directive scripts on every page, which this site never uses, and make every
 * page's meta several times longer. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
 * engine.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	`script-src 'self' 'wasm-unsafe-eval' ${cspHashSource(DISPLAY_MODE_SCRIPT)}`,
	"style-src 'self'",
].join(';');
