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
