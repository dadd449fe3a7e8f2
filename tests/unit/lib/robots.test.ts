import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/lib/robots.ts';

describe('robotsTxt', () => {
	it('lets every crawler in and names the sitemap', () => {
		expect(robotsTxt('https://plans.example.org/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://plans.example.org/sitemap-index.xml\n');
	});
});
