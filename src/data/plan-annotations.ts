import type { ReportClosure } from '../lib/compare/index.ts';
import { escapeHtml } from '../lib/html.ts';
import { renderTarget } from '../lib/indicators/render-target.ts';
import { closeWithSummary, comparisonsOfPlan, type ComparedItem } from './comparisons.ts';
import { familyById, indicatorsOfItem } from './indicators.ts';
import type { PreparedPlan } from './plans.ts';
import { topicById, topicSourceOfItem, topicsOfItem } from './topics.ts';

/**
 * The markup that closes each item on a plan page, after its text: the item's topics as links,
 * the targets it states (each linked to its indicator family) and, for a plan with a summary of
 * the same year, the summary passages that report on it. Built as HTML because it is put
 * into the rendered Markdown (annotateItems); every text is escaped here.
 * @param plan a plan
 * @returns item id → HTML, for the items that have topics or targets
 */
export function planItemAnnotations(plan: PreparedPlan): Map<string, string> {
	const annotations = new Map<string, string>();
	const summaryPair = comparisonsOfPlan(plan).find((pair) => pair.kind === 'plan-summary' && pair.a.id === plan.id);
	const closure = summaryPair ? closeWithSummary(summaryPair) : null;
	const reportsById = new Map(closure?.items.map((entry) => [entry.item.id, entry]));
	for (const item of plan.items) {
		// Topics are shown where they are decided: on an item by its own words or by an editor, not
		// again on every sub-item that inherits them, nor on a heading that only sums its sub-items'.
		const source = topicSourceOfItem(plan, item.id);
		const ownTopics = source === 'own' || source === 'override' ? topicsOfItem(plan, item.id) : [];
		const topicLinks = ownTopics.flatMap((id) => {
			const topic = topicById.get(id);
			return topic ? [`<a href="${topic.url}">${escapeHtml(topic.name)}</a>`] : [];
		});
		const targets = indicatorsOfItem(plan, item.id).map(({ target }) => `<li>${renderTarget(target, target.metric ? familyById.get(target.metric) : undefined)}</li>`);
		const report = summaryPair ? describeReports(reportsById.get(item.id), summaryPair.b.url) : '';
		if (topicLinks.length === 0 && targets.length === 0 && !report) continue;
		annotations.set(
			item.id,
			`<div class="item-facts">${topicLinks.length ? `<p class="item-facts__topics">主题：${topicLinks.join('')}</p>` : ''}${targets.length ? `<ul class="item-facts__targets" aria-label="指标">${targets.join('')}</ul>` : ''}${report}</div>`,
		);
	}
	return annotations;
}

/**
 * @param entry how the year's summary reports on one plan item
 * @param summaryUrl the summary's page
 * @returns a line linking the summary passages that report on the item, or saying there is none
 */
function describeReports(entry: ReportClosure<ComparedItem, ComparedItem>['items'][number] | undefined, summaryUrl: string): string {
	if (!entry || entry.coverage === 'sub-items') return '';
	if (entry.coverage === 'none') return '<p class="item-facts__report item-facts__report--none">当年总结中未见报告</p>';
	const links = entry.reports.map(({ summary }) => `<a href="${summaryUrl}#${summary.id}">${escapeHtml(`${summary.number ?? ''}${summary.title}`)}</a>`);
	return `<p class="item-facts__report">当年总结：${links.join('；')}</p>`;
}
