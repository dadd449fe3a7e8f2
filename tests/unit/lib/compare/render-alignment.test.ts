import { describe, expect, it } from 'vitest';
import { alignPlans } from '../../../../src/lib/compare/align-plans.ts';
import { renderAlignmentRows, renderDiff } from '../../../../src/lib/compare/render-alignment.ts';

const item = (id: string, number: string, title: string, text = '', parent: string | null = null, level = 1) => ({ id, number, title, text, parent, level });

describe('renderDiff', () => {
	it('marks removed and added text, named for screen readers, and escapes it', () => {
		expect(renderDiff('签约率达到60%<', '签约率达到65%<')).toBe(
			'<p class="diff-text">签约率达到<del><span class="visually-hidden">[删去：</span>60<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">[新增：</span>65<span class="visually-hidden">]</span></ins>%&lt;</p>',
		);
	});
});

describe('renderAlignmentRows', () => {
	const a = [item('s1', '一、', '深化改革'), item('s2', '二、', '推进家庭医生签约服务', '签约率达到60%。'), item('s3', '三、', '做好新冠疫情防控')];
	const b = [item('s1', '一、', '深化改革'), item('s2', '二、', '新增一项工作', '内容。'), item('s3', '三、', '推进家庭医生签约服务', '签约率达到65%。')];
	const html = renderAlignmentRows(alignPlans(a, b).rows, '/plans/x/2022-priorities/', '/plans/x/2023-priorities/');

	it('gives each row its status, the later plan\'s item linked, and the old number of a renumbered item', () => {
		const statuses = [...html.matchAll(/alignment__row--(\w+)/g)].map(([, status]) => status);
		expect(statuses).toEqual(['kept', 'added', 'changed', 'dropped']);
		expect(html).toContain('<a href="/plans/x/2023-priorities/#s3">三、推进家庭医生签约服务</a><span class="alignment__note">原编号 <a href="/plans/x/2022-priorities/#s2">二、</a></span>');
	});

	it('shows a changed item as a diff, an added or dropped item with its text, and a kept item without it', () => {
		expect(html).toContain('<del><span class="visually-hidden">[删去：</span>60');
		expect(html).toContain('<p class="alignment__text">内容。</p>');
		expect(html).toContain('<a href="/plans/x/2022-priorities/#s3">三、做好新冠疫情防控</a>');
		expect(html.match(/<li class="alignment__row alignment__row--kept">.*?<\/li>/)?.[0]).not.toContain('alignment__text');
	});
});
