import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../src/lib/search/hits.ts';
import { renderResult, type ResultDocument } from '../../../../src/lib/search/result-view.ts';

/** The little of an element renderResult uses, written out as HTML. */
class FakeElement {
	className = '';
	href = '';
	children: (FakeElement | string)[] = [];
	readonly tagName: string;
	constructor(tagName: string) {
		this.tagName = tagName;
	}
	set textContent(text: string) {
		this.children = [text];
	}
	append(...nodes: (FakeElement | string)[]) {
		this.children.push(...nodes);
	}
	toString(): string {
		const attributes = `${this.className ? ` class="${this.className}"` : ''}${this.href ? ` href="${this.href}"` : ''}`;
		return `<${this.tagName}${attributes}>${this.children.join('')}</${this.tagName}>`;
	}
}

const fakeDocument = { createElement: (tag: string) => new FakeElement(tag) } as unknown as ResultDocument;
const render = (hit: SearchHit, highlight: string[]) => String(renderResult(fakeDocument, hit, highlight));

const plan = { plan: '2019年全市卫生健康工作要点', planUrl: '/plans/qinhuangdao/2019-priorities/', region: '秦皇岛市', year: '2019年', kind: '要点' };

describe('renderResult', () => {
	it('shows an item: its linked heading, its plan, region, year and kind, and its text, every match marked', () => {
		const hit = { ...plan, url: `${plan.planUrl}#s2-2`, title: '（二）推进家医签约服务。', text: '重点人群家庭医生签约率达到60%以上。', isPlan: false };
		expect(render(hit, ['家庭医生', '家医'])).toBe(
			'<li class="search-result">' +
				'<h2 class="search-result__title"><a href="/plans/qinhuangdao/2019-priorities/#s2-2">（二）推进<mark>家医</mark>签约服务。</a></h2>' +
				'<p class="search-result__meta">2019年全市卫生健康工作要点 · 秦皇岛市 · 2019年 · 要点</p>' +
				'<p class="search-result__excerpt">重点人群<mark>家庭医生</mark>签约率达到60%以上。</p>' +
				'</li>',
		);
	});

	it('shows a plan without naming it twice, and without an excerpt when it has no text', () => {
		const hit = { ...plan, url: plan.planUrl, title: plan.plan, text: '', isPlan: true };
		expect(render(hit, ['卫生'])).toBe(
			'<li class="search-result">' +
				'<h2 class="search-result__title"><a href="/plans/qinhuangdao/2019-priorities/">2019年全市<mark>卫生</mark>健康工作要点</a></h2>' +
				'<p class="search-result__meta">秦皇岛市 · 2019年 · 要点</p>' +
				'</li>',
		);
	});

	it('falls back on the address for a heading without text', () => {
		const hit = { ...plan, url: `${plan.planUrl}#s1`, title: '', text: '', isPlan: false };
		expect(render(hit, [])).toContain('<a href="/plans/qinhuangdao/2019-priorities/#s1">/plans/qinhuangdao/2019-priorities/#s1</a>');
	});
});
