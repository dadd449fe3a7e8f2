import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH overrides it (e.g. on a developer's Mac). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Throws, with the fix, when Chromium is missing: the browser tests must fail, never skip.
 */
export function assertChromium(): void {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}; the browser tests cannot run.\n` +
				'Install it with: apt-get update && apt-get install -y chromium\n' +
				'(or set CHROMIUM_PATH to a Chromium/Chrome executable). Do not run `npx playwright install`.',
		);
	}
}

/**
 * Launches headless Chromium with everything that would talk to the network on its own turned off,
 * so that every request seen by a test was made by the page.
 * @returns the browser; close it in afterAll
 */
export async function launchChromium(): Promise<Browser> {
	assertChromium();
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--disable-sync',
		],
	});
}
