/**
 * The script of /compare/: compares any two plans a visitor names (?a=…&b=…) in the browser, with
 * the same modules and markup as the static compare pages, from the two plans' data files. No
 * page exists per pair of plans, so the site's size stays linear in the number of plans.
 */
import { alignPlans } from '../../lib/compare/align-plans.ts';
import { findIndicatorMoves } from '../../lib/compare/indicator-moves.ts';
import { compareItemsOf, describePlan, planDataPath, readPlanId, targetsOf, type PlanData } from '../../lib/compare/plan-data.ts';
import { renderAlignmentRows, renderIndicatorMoves } from '../../lib/compare/render-alignment.ts';
import { escapeHtml } from '../../lib/html.ts';
import { provenanceTagHtml } from '../../lib/provenance.ts';
import { withBase } from '../../lib/site-path.ts';

const form = document.querySelector<HTMLFormElement>('#compare-form');
const result = document.querySelector<HTMLElement>('#compare-result');

/**
 * @param id a plan id
 * @returns the plan's data file
 * @throws with a message for the visitor when there is no such plan
 */
async function loadPlan(id: string): Promise<PlanData> {
	const response = await fetch(withBase(planDataPath(id)));
	if (!response.ok) throw new Error(`找不到文件“${id}”：请核对文件编号（文件页网址中 /plans/ 之后的部分）。`);
	return (await response.json()) as PlanData;
}

async function compare(section: HTMLElement, idA: string, idB: string): Promise<void> {
	section.hidden = false;
	section.setAttribute('aria-busy', 'true');
	section.innerHTML = '<p>正在对比……</p>';
	try {
		const [a, b] = await Promise.all([loadPlan(idA), loadPlan(idB)]);
		const alignment = alignPlans(compareItemsOf(a), compareItemsOf(b));
		const moves = findIndicatorMoves(targetsOf(a), targetsOf(b), alignment.aToB);
		const { kept, changed, added, dropped, renumbered } = alignment.counts;
		const subtitle = (data: PlanData) => (data.plan.subtitle ? `（${escapeHtml(data.plan.subtitle)}）` : '');
		const link = (data: PlanData) => `<a href="${escapeHtml(data.plan.url)}">${escapeHtml(data.plan.title)}</a>${subtitle(data)}（${escapeHtml(describePlan(data))}）${provenanceTagHtml(data.plan.provenance)}`;
		section.innerHTML = [
			`<h2>${escapeHtml(describePlan(a))} → ${escapeHtml(describePlan(b))}</h2>`,
			`<p>${link(a)} 与 ${link(b)}。</p>`,
			`<p class="compare-counts"><span>保留 <strong>${kept}</strong> 条</span><span>修改 <strong>${changed}</strong> 条</span><span>新增 <strong>${added}</strong> 条</span><span>删除 <strong>${dropped}</strong> 条</span>${renumbered > 0 ? `<span>（其中 ${renumbered} 条编号变了）</span>` : ''}</p>`,
			'<h3>目标值的变化</h3>',
			renderIndicatorMoves(moves, { url: a.plan.url, label: describePlan(a) }, { url: b.plan.url, label: describePlan(b) }),
			'<h3>逐条对照</h3>',
			renderAlignmentRows(alignment.rows, a.plan.url, b.plan.url),
		].join('');
	} catch (error) {
		section.innerHTML = `<p class="quality">${escapeHtml(error instanceof Error && error.message.startsWith('找不到') ? error.message : '对比失败：数据未能加载，请检查网络后重试。')}</p>`;
	} finally {
		section.setAttribute('aria-busy', 'false');
	}
}

if (form && result) {
	const params = new URLSearchParams(window.location.search);
	const fields = { a: form.elements.namedItem('a'), b: form.elements.namedItem('b') };
	for (const name of ['a', 'b'] as const) {
		const field = fields[name];
		if (field instanceof HTMLInputElement) field.value = params.get(name) ?? '';
	}
	const idA = readPlanId(params.get('a') ?? '');
	const idB = readPlanId(params.get('b') ?? '');
	if (idA && idB) void compare(result, idA, idB);
	else if (params.has('a') || params.has('b')) {
		result.hidden = false;
		result.innerHTML = '<p class="quality">请填写两份文件的编号（文件页网址中 /plans/ 之后的部分，例如 qinhuangdao/2019-priorities）。</p>';
	}
}
