import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../consts.ts';
import { addedOn, FEED_COUNT, recentlyAdded } from '../data/additions.ts';
import { titleWithSubtitle } from '../lib/distinguishing-titles.ts';
import { regionLabel } from '../data/plans.ts';
import { formatDate, formatYear } from '../lib/format.ts';
import { provenanceOf } from '../lib/provenance.ts';
import { withBase } from '../lib/site-path.ts';

export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('RSS 需要站点网址：astro.config.mjs 的 site（SITE_URL）');
	return rss({
		title: `${SITE_TITLE}：最新收录`,
		description: `本站最新收录的各地卫生健康部门公开的文件（工作要点、计划、总结等，最近 ${FEED_COUNT} 份），新收录的在前；范文网站的汇编等非官方文本不在其中。`,
		// The channel's link is the home page, under the base path; each item's link is absolute already.
		site: new URL(withBase('/'), site).href,
		customData: '<language>zh-cn</language>',
		items: recentlyAdded.map((plan) => {
			const { data } = plan;
			const facts = [regionLabel(plan), formatYear(data.year), data.kind, data.agency, data.published && `${formatDate(data.published)}发布`];
			const reprint = data.provenance === 'reprint' ? `（${provenanceOf(data.provenance).label}：${provenanceOf(data.provenance).description}）` : '';
			return {
				title: titleWithSubtitle(data.title, plan.subtitle),
				link: new URL(plan.url, site).href,
				description: `${facts.filter(Boolean).join(' · ')}，共 ${plan.items.length} 条事项。${reprint}`,
				pubDate: addedOn(plan),
				categories: [data.kind, ...(plan.region ? [plan.region.name] : [])],
			};
		}),
	});
};
