import { describe, expect, it } from 'vitest';
import { renderTopicGroups } from '../../../../src/lib/topics/render-groups.ts';

describe('renderTopicGroups', () => {
	const html = renderTopicGroups(
		[
			{
				planUrl: '/plans/x/2019-priorities/',
				heading: '样例县 · 2019年 · 要点',
				planTitle: '2019年<工作>要点',
				planSubtitle: null,
				provenance: 'official',
				items: [
					{ url: '/plans/x/2019-priorities/#s1-2', label: '（二）推进家庭医生签约。', text: '签约率达到60%。', targets: ['签约率 <strong>60%</strong>'] },
					{ url: '/plans/x/2019-priorities/#s1-3', label: '（三）其他。', text: '', targets: [] },
				],
			},
		],
		3,
	);

	it('gives each plan its heading at the level asked, its title and its count, and each item its link, text and targets', () => {
		expect(html).toContain('<h3 class="topic-group__title"><a href="/plans/x/2019-priorities/">样例县 · 2019年 · 要点</a></h3>');
		expect(html).toContain('<p class="topic-group__plan">2019年&lt;工作&gt;要点（2 条）</p>');
		expect(html).toContain('<a class="topic-item__title" href="/plans/x/2019-priorities/#s1-2">（二）推进家庭医生签约。</a><p class="topic-item__text">签约率达到60%。</p><ul class="topic-item__targets" aria-label="指标"><li>签约率 <strong>60%</strong></li></ul>');
	});

	it('tags a plan that is not an official publication and gives its subtitle', () => {
		const unofficial = renderTopicGroups([{ planUrl: '/plans/unknown/a/', heading: '地区不详 · 年份不详 · 总结', planTitle: '卫生健康局工作总结', planSubtitle: '汇编第 8 篇', provenance: 'unofficial', items: [] }], 2);
		expect(unofficial).toContain('<p class="topic-group__plan">卫生健康局工作总结（汇编第 8 篇）（0 条）<span class="tag tag--unofficial"');
		expect(unofficial).toContain('>非官方文本</span></p>');
		expect(html).not.toContain('class="tag');
	});

	it('leaves out an empty text and an empty target list', () => {
		expect(html).toContain('<li><a class="topic-item__title" href="/plans/x/2019-priorities/#s1-3">（三）其他。</a></li>');
	});
});
