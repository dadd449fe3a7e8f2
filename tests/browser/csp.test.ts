import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { watchCsp, type CspReport } from '../support/csp-watch.ts';
import { readResults } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens a page, with its CSP violations recorded from the first byte (support/csp-watch.ts). */
async function openWatched(path: string): Promise<{ page: Page; report: () => Promise<CspReport> }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const report = await watchCsp(page);
	await page.goto(`${siteUrl}${path}`);
	return { page, report };
}

/** @returns the directives of the page's CSP meta, by name */
async function readPolicy(page: Page): Promise<Map<string, string[]>> {
	const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	const directives = (content ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((part) => part[0]);
	return new Map(directives.map(([name, ...values]) => [name, values]));
}

describe('the Content-Security-Policy', () => {
	it('is strict: own origin only, no inline script but the one it names by hash, no plugins, no foreign base or form targets', async () => {
		const { page } = await openWatched('/');
		const policy = await readPolicy(page);
		await page.close();
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
		expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
		expect(policy.get('script-src')?.filter((source) => source.startsWith("'sha256-"))).toHaveLength(1);
		expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
	});

	it.each(['/', '/plans/qinhuangdao/2019-priorities/', '/plans/', '/regions/', '/data/'])('lets %s load without a violation', async (path) => {
		const { page, report } = await openWatched(path);
		await page.waitForLoadState('networkidle');
		const { violations, consoleErrors } = await report();
		await page.close();
		expect(violations).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	it('lets the search page find 家庭医生签约 from ?q= without a violation', async () => {
		const { page, report } = await openWatched(`/search/?q=${encodeURIComponent('家庭医生签约')}`);
		const results = await readResults(page);
		await page.waitForLoadState('networkidle');
		const { violations, consoleErrors } = await report();
		await page.close();
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((result) => result.url.startsWith('/plans/'))).toBe(true);
		expect(violations).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});
});
