/**
 * Writes the indicator report for the official seed plans, for checking the extractor by eye:
 * every target with its subject, op, value, unit, metric and the source span in context, then
 * every number with a unit that was left out, so a missed target is easy to spot.
 *
 *   node_modules/.bin/node tests/unit/lib/indicators/seed-report.ts [out.md]
 *
 * Default output: /tmp/indicators-report.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { splitFrontMatter } from '../../../../src/lib/check/front-matter.ts';
import { extractItemIndicators, itemIndicatorText } from '../../../../src/lib/indicators/index.ts';
import { findNonTargetSpans } from '../../../../src/lib/indicators/non-targets.ts';
import { findQuantityGroups } from '../../../../src/lib/indicators/quantities.ts';
import type { PlanKind } from '../../../../src/lib/kinds.ts';
import { extractOutline } from '../../../../src/lib/outline.ts';
import { IndicatorFamiliesSchema } from '../../../../src/schemas/indicator.ts';

const root = new URL('../../../../', import.meta.url);
/** The four official plans among the seeds. */
const SEED_PLANS = ['linzi/2019-priorities', 'baotou/2017-priorities', 'qinhuangdao/2019-priorities', 'shangyu/2025-priorities'] as const;

const families = IndicatorFamiliesSchema.parse(load(readFileSync(new URL('content/indicators.yaml', root), 'utf8')));

function context(text: string, start: number, end: number): string {
	const flat = (part: string) => part.replace(/\n/g, '⏎');
	return `…${flat(text.slice(Math.max(0, start - 14), start))}【${flat(text.slice(start, end))}】${flat(text.slice(end, end + 10))}…`;
}

const lines: string[] = ['# Indicator extraction report (official seed plans)', ''];
for (const plan of SEED_PLANS) {
	const { yaml, body } = splitFrontMatter(readFileSync(new URL(`content/plans/${plan}.md`, root), 'utf8'));
	const kind = (/^kind:\s*(\S+)/m.exec(yaml ?? '')?.[1] ?? null) as PlanKind | null;
	const { items } = extractOutline(body);
	const found: string[] = [];
	const leftOut: string[] = [];
	let count = 0;
	for (const item of items) {
		const text = itemIndicatorText(item);
		const targets = extractItemIndicators(item, { documentKind: kind, families });
		count += targets.length;
		for (const target of targets) {
			const value = target.valueMax === null ? `${target.value}` : `${target.value}–${target.valueMax}`;
			found.push(
				`| ${item.id} | ${target.subject} | ${target.op} | ${value} | ${target.unit ?? ''} | ${target.metric ?? ''} | ${target.firm ? '' : '力争'}${target.kind === 'achieved' ? ' 已完成' : ''} | ${context(text, target.span.start, target.span.end)} |`,
			);
		}
		for (const group of findQuantityGroups(text, findNonTargetSpans(text))) {
			if (group.values.every((value) => value.unit === null)) continue;
			if (targets.some((target) => target.span.start <= group.start && group.end <= target.span.end)) continue;
			leftOut.push(`| ${item.id} | ${context(text, group.start, group.end)} |`);
		}
	}
	lines.push(`## ${plan} (${kind ?? '?'}): ${count} targets`, '');
	lines.push('| item | subject | op | value | unit | metric | note | span in context |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...found, '');
	lines.push(`### Numbers with a unit left out (${leftOut.length})`, '', '| item | context |', '| --- | --- |', ...leftOut, '');
}
const out = process.argv[2] ?? '/tmp/indicators-report.md';
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${out}`);
