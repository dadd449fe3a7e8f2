import { escapeHtml } from '../html.ts';
import { titleWithSubtitle } from '../distinguishing-titles.ts';
import { provenanceTagHtml, type Provenance } from '../provenance.ts';

/** One item as a topic page lists it. */
export interface TopicItemView {
	/** The item's page address with its anchor. */
	url: string;
	/** Its marker and heading as the source writes them. */
	label: string;
	/** Its own text. */
	text: string;
	/** Its targets, each already HTML (render-target.ts). */
	targets: string[];
}

/** One plan's items on a topic. */
export interface TopicGroupView {
	planUrl: string;
	/** 秦皇岛市 · 2019年 · 要点 */
	heading: string;
	planTitle: string;
	/** What tells the plan apart from others of its title (plans.ts subtitle), or null. */
	planSubtitle: string | null;
	/** Where its text comes from: anything but an official publication is tagged. */
	provenance: Provenance;
	items: TopicItemView[];
}

/**
 * Each plan's items on a topic, side by side, as HTML. A topic page lists hundreds of items,
 * thousands of pages of them at ten thousand plans: one string per page is far cheaper to build
 * than a component per element, and the markup is the same.
 * @param groups the plans with their items, in display order
 * @param headingLevel the level of each plan's heading
 * @returns the list's HTML, every text escaped (the targets come as HTML)
 */
export function renderTopicGroups(groups: readonly TopicGroupView[], headingLevel: 2 | 3): string {
	const plans = groups.map((group) => {
		const items = group.items.map(
			(item) =>
				`<li><a class="topic-item__title" href="${escapeHtml(item.url)}">${escapeHtml(item.label)}</a>` +
				(item.text ? `<p class="topic-item__text">${escapeHtml(item.text)}</p>` : '') +
				(item.targets.length > 0 ? `<ul class="topic-item__targets" aria-label="指标">${item.targets.map((target) => `<li>${target}</li>`).join('')}</ul>` : '') +
				'</li>',
		);
		return (
			`<li class="topic-group"><h${headingLevel} class="topic-group__title"><a href="${escapeHtml(group.planUrl)}">${escapeHtml(group.heading)}</a></h${headingLevel}>` +
			`<p class="topic-group__plan">${escapeHtml(titleWithSubtitle(group.planTitle, group.planSubtitle))}（${group.items.length} 条）${provenanceTagHtml(group.provenance)}</p><ol class="topic-group__items">${items.join('')}</ol></li>`
		);
	});
	return `<ul class="topic-groups">${plans.join('')}</ul>`;
}
