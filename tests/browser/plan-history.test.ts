import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { TEST_REPOSITORY } from '../support/git-repo.ts';

const siteUrl = inject('siteUrl');
const PLAN = 'baotou/2017-priorities';
const FILE = `content/plans/${PLAN}.md`;
const REPOSITORY = `https://github.com/${TEST_REPOSITORY}`;
// A clone of depth 1 reaches no change: the history then says 不详.
const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() === 'true';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * Presses Tab from the top of the page until the link is focused, at most once per control.
 * @returns whether the keyboard reached it
 */
async function tabTo(page: Page, selector: string): Promise<boolean> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	const controls = await page.locator('a[href], button, input, select, textarea, summary, [tabindex]').count();
	for (let press = 0; press <= controls; press++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return true;
	}
	return false;
}

describe.each([360, 1280])('a plan page of the real content at %i px', (width) => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width, height: 800 } });
		await page.goto(`${siteUrl}/plans/${PLAN}/`);
	});
	afterAll(async () => {
		await page?.close();
	});

	it('links to the file’s editor on GitHub, and the keyboard reaches the link', async () => {
		const edit = `a[href="${REPOSITORY}/edit/main/${FILE}"]`;
		await expect(page.locator(edit).textContent()).resolves.toBe('在 GitHub 上编辑本页的文件');
		expect(await tabTo(page, edit)).toBe(true);
		await expect(page.locator(edit).isVisible()).resolves.toBe(true);
	});

	it('links to the file’s every change on GitHub, and the keyboard reaches the link', async () => {
		const all = `.plan-history a[href="${REPOSITORY}/commits/main/${FILE}"]`;
		await expect(page.locator(all).textContent()).resolves.toBe('在 GitHub 上查看全部修改');
		expect(await tabTo(page, all)).toBe(true);
	});

	// CI checks out the whole history (ci.yml fetch-depth: 0, .ci/run's clone); a shallow clone runs the other case.
	it.runIf(!shallow)('lists the changes from git, each linked to its commit and reached by the keyboard', async () => {
		const first = await page.locator('.plan-history dd').first().textContent();
		expect(first).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
		const links = page.locator('.plan-history__changes a');
		expect(await links.count()).toBeGreaterThanOrEqual(2);
		const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
		for (const href of hrefs) expect(href).toMatch(new RegExp(`^${REPOSITORY}/commit/[0-9a-f]{40}$`));
		expect(await tabTo(page, `.plan-history__changes a[href="${hrefs[0]}"]`)).toBe(true);
	});

	it.runIf(shallow)('says 不详 for the first publication, which a shallow clone cannot reach', async () => {
		expect(await page.locator('.plan-history dd').first().textContent()).toBe('不详');
	});
});
