import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normalizeBasePath, resolveSiteLocation } from '../../../src/lib/site-url.ts';

describe('resolveSiteLocation', () => {
	it('takes SITE_URL at a domain’s root, or the placeholder without it', () => {
		expect(resolveSiteLocation({ SITE_URL: 'https://plans.health.example.cn' })).toEqual({ site: 'https://plans.health.example.cn', base: '/' });
		expect(resolveSiteLocation({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
		expect(resolveSiteLocation({ SITE_URL: ' ' })).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
	});

	it('reads GitHub Pages’ root addresses (custom domain or user site): base_path empty or /', () => {
		expect(resolveSiteLocation({ SITE_URL: 'https://health-open.github.io', BASE_PATH: '' })).toEqual({ site: 'https://health-open.github.io', base: '/' });
		expect(resolveSiteLocation({ SITE_URL: 'https://plans.example.cn/', BASE_PATH: '/' })).toEqual({ site: 'https://plans.example.cn', base: '/' });
	});

	it('serves a project site under its path, from configure-pages’ base_url and base_path', () => {
		expect(resolveSiteLocation({ SITE_URL: 'https://health-open.github.io/plans', BASE_PATH: '/plans' })).toEqual({ site: 'https://health-open.github.io', base: '/plans/' });
		expect(resolveSiteLocation({ SITE_URL: 'https://health-open.github.io', BASE_PATH: '/plans' })).toEqual({ site: 'https://health-open.github.io', base: '/plans/' });
		expect(resolveSiteLocation({ SITE_URL: 'https://example.cn/plans/' })).toEqual({ site: 'https://example.cn', base: '/plans/' });
	});

	it('refuses two different paths, and a SITE_URL that is not a URL', () => {
		expect(() => resolveSiteLocation({ SITE_URL: 'https://example.cn/a', BASE_PATH: '/b' })).toThrow('SITE_URL=https://example.cn/a 的路径 /a/ 与 BASE_PATH=/b 不一致');
		expect(() => resolveSiteLocation({ SITE_URL: 'plans.example.cn' })).toThrow('SITE_URL=plans.example.cn 不是网址');
	});
});

describe('normalizeBasePath', () => {
	it('gives one slash on each side, and / for the root', () => {
		expect(normalizeBasePath('')).toBe('/');
		expect(normalizeBasePath('/')).toBe('/');
		expect(normalizeBasePath('repo')).toBe('/repo/');
		expect(normalizeBasePath('/repo')).toBe('/repo/');
		expect(normalizeBasePath('//a//b/')).toBe('/a/b/');
	});

	it('refuses what a path cannot hold', () => {
		expect(() => normalizeBasePath('/a/../b')).toThrow('网站路径 /a/../b 无效');
		expect(() => normalizeBasePath('/a?x=1')).toThrow('无效');
	});
});
