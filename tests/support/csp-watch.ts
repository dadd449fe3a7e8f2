import type { Page } from 'playwright-core';

/** What a page did against its Content-Security-Policy, as the browser reported it. */
export interface CspReport {
	/** securitypolicyviolation events of the document: directive, blocked URI and sample. */
	violations: string[];
	/** Console messages and page errors that mention the policy. */
	consoleErrors: string[];
}

/**
 * Records every CSP violation of the page's documents from the first byte: call it before
 * page.goto. The listener is installed by the browser before any script of the page runs (init
 * scripts are not subject to the CSP).
 * @param page a page that has not navigated yet
 * @returns a function that reads what the current document reported
 */
export async function watchCsp(page: Page): Promise<() => Promise<CspReport>> {
	const consoleErrors: string[] = [];
	const isCsp = (text: string) => /content security policy|content-security-policy|securitypolicy/i.test(text);
	page.on('console', (message) => {
		if (isCsp(message.text())) consoleErrors.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => {
		if (isCsp(error.message)) consoleErrors.push(`pageerror: ${error.message}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim());
		});
	});
	return async () => ({
		violations: await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
		consoleErrors,
	});
}
