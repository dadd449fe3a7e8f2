/** Where a GitHub Pages project site answers, as actions/configure-pages gives it (base_url, base_path). */
export const PROJECT_SITE = { siteUrl: 'https://health-open.github.io/wsjk-plans', basePath: '/wsjk-plans' } as const;
