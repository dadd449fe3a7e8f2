import { escapeHtml } from '../html.ts';
import { describeTargetKind, formatTargetValue } from './format-target.ts';
import type { IndicatorTarget } from './types.ts';

/**
 * One target as a line of HTML, wherever an item's targets are listed (plan pages, topic pages):
 * the subject as the item words it, linked to its family's page when it has one, the value with
 * its comparator and unit, and 力争 or 实际 when it is not a firm target.
 * @param target the target
 * @param family its family's page and name, if it has one
 * @returns the line's HTML (without the list item), every text escaped
 */
export function renderTarget(target: IndicatorTarget, family?: { url: string; name: string }): string {
	const subject = family ? `<a href="${escapeHtml(family.url)}" title="${escapeHtml(family.name)}">${escapeHtml(target.subject)}</a>` : escapeHtml(target.subject);
	const kind = describeTargetKind(target);
	return `${subject} <strong>${escapeHtml(formatTargetValue(target))}</strong>${kind === '目标' ? '' : `（${kind}）`}`;
}
