import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { checkPlanFile } from '../../../src/lib/check/check-plan.ts';
import { splitFrontMatter } from '../../../src/lib/check/front-matter.ts';
import { newPlanNextSteps, resolveNewPlan, suggestRegions, type NewPlan, type NewPlanContext } from '../../../src/lib/new-plan.ts';
import { mergeRegions } from '../../../src/lib/regions/merge-regions.ts';
import { readNationalList } from '../../../src/lib/regions/national-list.ts';
import { PlanSchema } from '../../../src/schemas/plan.ts';

const { regions } = mergeRegions(readNationalList(), [{ id: 'qinhuangdao', code: '130300' }]);
const context = (files: string[] = []): NewPlanContext => ({
	regions,
	listedRegionIds: new Set(['qinhuangdao']),
	exists: (path) => files.includes(path),
	today: '2026-12-02',
});
const made = (result: ReturnType<typeof resolveNewPlan>): NewPlan => {
	if ('error' in result) throw new Error(result.error);
	return result;
};
const refused = (result: ReturnType<typeof resolveNewPlan>): string => {
	if (!('error' in result)) throw new Error(`made ${result.path}`);
	return result.error;
};

describe('resolveNewPlan', () => {
	it('writes every front matter field of the schema, in the importer’s order, as a draft that passes the check', () => {
		const plan = made(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '要点' }, context()));
		expect(plan.path).toBe('qinhuangdao/2026-priorities.md');
		const { yaml } = splitFrontMatter(plan.markdown);
		const data = load(yaml as string) as Record<string, unknown>;
		expect(Object.keys(data).sort()).toEqual(Object.keys(PlanSchema.shape).filter((key) => key !== 'topics').sort());
		expect(data).toMatchObject({ region: 'qinhuangdao', year: 2026, kind: '要点', provenance: 'official', agency: null, published: null, imported: '2026-12-02', draft: true });
		expect(PlanSchema.safeParse(data).success).toBe(true);
		expect(checkPlanFile(`content/plans/${plan.path}`, plan.markdown, { regionIds: new Set(['qinhuangdao']), topicIds: new Set() })).toEqual([]);
	});

	it('takes the kind as its Chinese name or its slug, the provenance given, and unknown region or year', () => {
		expect(made(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: 'summary' }, context())).path).toBe('qinhuangdao/2026-summary.md');
		const plan = made(resolveNewPlan({ region: 'unknown', year: 'unknown', kind: '总结与计划', provenance: 'reprint' }, context()));
		expect(plan.path).toBe('unknown/unknown-summary-plan.md');
		expect(plan.markdown).toMatch(/\nregion: null\n[\s\S]*\nyear: null\n[\s\S]*\nprovenance: reprint\n/);
	});

	it('refuses an unknown region id, suggesting close ids with their names', () => {
		expect(refused(resolveNewPlan({ region: 'qinhuangdoa', year: '2026', kind: '要点' }, context()))).toBe(
			'未知的地区 id“qinhuangdoa”。\n是不是：qinhuangdao（河北省秦皇岛市）？\n地区 id 怎样来见 content/README.md 的“地区”；表里还没有的新地区先加到 content/regions.yaml；原文没有写明地区时写 --region unknown。',
		);
		expect(refused(resolveNewPlan({ region: 'suzhou', year: '2026', kind: '要点' }, context()))).toContain('是不是：jiangsu-suzhou（江苏省苏州市）、anhui-suzhou（安徽省宿州市）');
	});

	it('refuses a Chinese region name, naming its id', () => {
		expect(refused(resolveNewPlan({ region: '秦皇岛', year: '2026', kind: '要点' }, context()))).toMatch(/^--region 要写地区 id（文件夹名，小写拼音），不是中文名“秦皇岛”。\n是不是：qinhuangdao（河北省秦皇岛市）？/);
	});

	it('refuses an unknown kind, listing the kinds', () => {
		expect(refused(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '工作要点' }, context()))).toBe(
			'未知的文件类型“工作要点”。--kind 写下列之一（中文或括号里的英文都可以）：要点（priorities）、计划（plan）、总结（summary）、总结与计划（summary-plan）、规划（programme）、方案（scheme）、年度报告（annual-report）、自查报告（self-check）、述职报告（duty-report）、其他（other）。',
		);
	});

	it('refuses a year that is not four digits in range, and an unknown provenance', () => {
		for (const year of ['26', '2026年', '1900', '3000']) expect(refused(resolveNewPlan({ region: 'qinhuangdao', year, kind: '要点' }, context()))).toContain(`年份“${year}”不对`);
		expect(refused(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '要点', provenance: 'offical' }, context()))).toContain('未知的文本来源“offical”');
	});

	it('never replaces a file: names the free -2 (or later) name and the command that makes it', () => {
		const error = refused(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '要点' }, context(['qinhuangdao/2026-priorities.md'])));
		expect(error).toBe(
			'content/plans/qinhuangdao/2026-priorities.md 已经存在，不会覆盖它。\n要修改那一份，直接打开这个文件编辑；如果这是同一地区、同一年、同一类型的另一份文件，它的文件名是 2026-priorities-2.md：\n  npm run new -- --region qinhuangdao --year 2026 --kind 要点 --suffix 2',
		);
		const taken = ['qinhuangdao/2026-priorities.md', 'qinhuangdao/2026-priorities-2.mdx'];
		expect(refused(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '要点', suffix: '2' }, context(taken)))).toContain('2026-priorities-2.mdx 已经存在');
		expect(made(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '要点', suffix: '3' }, context(taken))).path).toBe('qinhuangdao/2026-priorities-3.md');
		expect(refused(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '要点', suffix: '2' }, context()))).toContain('还没有 2026-priorities.md，不用加 --suffix 2');
	});
});

describe('suggestRegions', () => {
	const byId = new Map(regions.map((region) => [region.id, region]));

	it('finds regions by Chinese name, by id affix and by typo', () => {
		expect(suggestRegions('上虞区', byId).map((region) => region.id)).toEqual(['shangyu']);
		expect(suggestRegions('chaoyang', byId).map((region) => region.id)).toContain('beijing-chaoyang');
		expect(suggestRegions('baotuo', byId).map((region) => region.id)).toContain('baotou');
	});
});

describe('newPlanNextSteps', () => {
	it('tells what to fill in and how to check, and asks for a regions.yaml entry for a region’s first plan', () => {
		const listed = made(resolveNewPlan({ region: 'qinhuangdao', year: '2026', kind: '要点' }, context()));
		const steps = newPlanNextSteps(listed, 'content/plans/qinhuangdao/2026-priorities.md').join('\n');
		expect(steps).toContain('已创建 content/plans/qinhuangdao/2026-priorities.md（河北省秦皇岛市，2026，要点），现在是草稿（draft: true），不会发布。');
		expect(steps).toContain('npm run check:content -- content/plans/qinhuangdao/2026-priorities.md');
		expect(steps).not.toContain('regions.yaml 里加上');
		const first = made(resolveNewPlan({ region: 'shangyu', year: '2026', kind: '要点' }, context()));
		expect(newPlanNextSteps(first, 'content/plans/shangyu/2026-priorities.md').slice(-3)).toEqual([
			'  5. 这是上虞区的第一份文件：请在 content/regions.yaml 里加上下面两行，固定它的 id（见 content/README.md 的“regions.yaml 里写什么”）：',
			'       - id: shangyu',
			"         code: '330604'",
		]);
	});
});
