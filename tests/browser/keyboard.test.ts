import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readResults } from '../support/search-ui.ts';
import { readPlanPages } from '../support/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');

/** What the keyboard can operate: links, buttons, form fields, disclosure summaries, tab stops. */
const CONTROLS =
	'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
/** The computed styles that can draw a focus indicator. */
const FOCUS_STYLES = ['outline-style', 'outline-width', 'outline-color', 'box-shadow'] as const;

/** One control, and what Tab did with it. */
interface ControlReport {
	/** A short description for failure messages: tag, text or label. */
	name: string;
	reached: boolean;
	/** The focus styles that differ between unfocused and focused, empty when the focus is not visible. */
	changed: string[];
}

let browser: Browser;
const paths: Record<string, string> = {
	home: '/',
	search: `/search/?q=${encodeURIComponent('家庭医生签约')}`,
};

beforeAll(async () => {
	browser = await launchChromium();
	const plans = await readPlanPages(browser, siteDist);
	// 包头 2017: a notice to open, quality notes, items with topics and targets, and few enough
	// items that tabbing through every stop stays quick (a long plan repeats the same controls).
	paths.plan = (plans.find((plan) => plan.id === 'baotou/2017-priorities') ?? plans[0]).url;
});
afterAll(async () => {
	await browser?.close();
});

/**
 * Marks every operable control of the page with data-kb (its index) and records its unfocused
 * focus styles. A control in a hidden, display:none or visibility:hidden subtree, disabled, or
 * inert is not operable and not expected in the tab order.
 */
async function markControls(page: Page): Promise<Array<Record<string, string>>> {
	return page.evaluate(
		({ selector, properties }) =>
			[...document.querySelectorAll<HTMLElement>(selector)]
				.filter((element) => !element.matches(':disabled') && !element.closest('[inert]'))
				.filter((element) => element.checkVisibility({ visibilityProperty: true }) || element.classList.contains('skip-link'))
				.map((element, index) => {
					element.dataset.kb = String(index);
					const style = getComputedStyle(element);
					return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
				}),
		{ selector: CONTROLS, properties: [...FOCUS_STYLES] },
	);
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes back round, and reads
 * each focused control's focus styles.
 * @returns the focus styles of every control reached, by its data-kb index
 */
async function tabThrough(page: Page, count: number): Promise<Map<number, Record<string, string>>> {
	const reached = new Map<number, Record<string, string>>();
	await page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur();
		window.scrollTo(0, 0);
	});
	for (let press = 0; press < count * 2 + 10; press++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate((properties) => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const style = getComputedStyle(element);
			return {
				index: element.dataset.kb ?? null,
				styles: Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)])),
			};
		}, [...FOCUS_STYLES]);
		if (!focused) {
			if (reached.size > 0) break;
			continue;
		}
		if (focused.index === null) continue;
		const index = Number(focused.index);
		if (reached.has(index)) break;
		reached.set(index, focused.styles);
	}
	return reached;
}

/** Names each control for failure messages. */
async function nameControls(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-kb]')]
			.sort((a, b) => Number(a.dataset.kb) - Number(b.dataset.kb))
			.map((element) => {
				const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
				const href = element.getAttribute('href');
				return `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}${href ? ` href="${href}"` : ''}> ${label}`;
			}),
	);
}

/** Tells whether a focused style draws something: a non-zero outline or a box shadow. */
function visibleIndicator(styles: Record<string, string>, unfocused: Record<string, string>): string[] {
	return FOCUS_STYLES.filter((property) => styles[property] !== unfocused[property]).filter((property) =>
		property === 'box-shadow'
			? styles[property] !== 'none'
			: styles['outline-style'] !== 'none' && Number.parseFloat(styles['outline-width']) > 0,
	);
}

async function checkKeyboard(name: string, width: number): Promise<ControlReport[]> {
	const context = await browser.newContext({ viewport: { width, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${siteUrl}${paths[name]}`);
	// Only the first page of results: pressing 显示更多结果 would move the start of the Tab order.
	if (name === 'search') await readResults(page, undefined, { allPages: false });
	const unfocused = await markControls(page);
	const reached = await tabThrough(page, unfocused.length);
	const names = await nameControls(page);
	await context.close();
	return unfocused.map((styles, index) => ({
		name: names[index],
		reached: reached.has(index),
		changed: reached.has(index) ? visibleIndicator(reached.get(index)!, styles) : [],
	}));
}

describe.each([360, 1280])('with the keyboard at %i px', (width) => {
	// A search page has some seventy stops, each read twice; a busy 2-core runner needs the time.
	it.each(['home', 'plan', 'search'])('every control of %s is reached by Tab and visibly focused', { timeout: 180_000 }, async (name) => {
		const controls = await checkKeyboard(name, width);
		expect(controls.length, `${paths[name]} has controls`).toBeGreaterThan(3);
		const unreachable = controls.filter((control) => !control.reached).map((control) => control.name);
		expect(unreachable, `${paths[name]}: not reachable by Tab`).toEqual([]);
		const invisible = controls.filter((control) => control.reached && control.changed.length === 0).map((control) => control.name);
		expect(invisible, `${paths[name]}: no visible focus indicator`).toEqual([]);
	});
});
