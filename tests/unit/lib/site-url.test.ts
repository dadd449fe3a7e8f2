import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../../src/lib/site-url.ts';

describe('resolveSiteUrl', () => {
	it('takes SITE_URL, or the placeholder without it', () => {
		expect(resolveSiteUrl({ SITE_URL: 'https://plans.health.example.cn' })).toBe('https://plans.health.example.cn');
		expect(resolveSiteUrl({})).toBe(DEFAULT_SITE_URL);
		expect(resolveSiteUrl({ SITE_URL: ' ' })).toBe(DEFAULT_SITE_URL);
	});

	it('accepts a domain’s root, as GitHub Pages gives it for a custom domain or a user site', () => {
		expect(resolveSiteUrl({ SITE_URL: 'https://health-open.github.io', BASE_PATH: '' })).toBe('https://health-open.github.io');
		expect(resolveSiteUrl({ SITE_URL: 'https://plans.example.cn/', BASE_PATH: '/' })).toBe('https://plans.example.cn/');
	});

	it('refuses a project site’s base path, saying how to serve the site at a root', () => {
		const build = () => resolveSiteUrl({ SITE_URL: 'https://health-open.github.io/plans', BASE_PATH: '/plans' });
		expect(build).toThrow('不能部署在 /plans 下（SITE_URL=https://health-open.github.io/plans，BASE_PATH=/plans）');
		expect(build).toThrow('设置自定义域名');
	});

	it('refuses a SITE_URL with a path even without BASE_PATH', () => {
		expect(() => resolveSiteUrl({ SITE_URL: 'https://example.cn/plans/' })).toThrow('不能部署在 /plans/ 下');
	});

	it('refuses a SITE_URL that is not a URL', () => {
		expect(() => resolveSiteUrl({ SITE_URL: 'plans.example.cn' })).toThrow('SITE_URL=plans.example.cn 不是网址');
	});
});
