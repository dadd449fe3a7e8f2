import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * The rules checked: WCAG 2.1 A and AA, the standard the site is held to. axe's best-practice
 * rules beyond it (heading order, landmark use) are left to review.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe over a long page can take a minute on a busy 2-core runner. */
export const AXE_TIMEOUT = 180_000;

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/**
 * Runs axe over the page as it is now.
 * @param page a loaded page
 * @returns the serious and critical violations, each described with its rule, help and nodes
 */
export async function seriousViolations(page: Page): Promise<string[]> {
	// Legacy mode runs axe in the page itself, without the helper page that only cross-origin
	// frames need (the site has none): about a third less time per page.
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
	return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map(describeViolation);
}

function describeViolation(violation: Violation): string {
	const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`);
	return [`[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes].join('\n');
}
