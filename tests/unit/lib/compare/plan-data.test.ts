import { describe, expect, it } from 'vitest';
import { compareItemsOf, describePlan, planDataPath, readPlanId, targetsOf, type PlanData } from '../../../../src/lib/compare/plan-data.ts';

const data: PlanData = {
	plan: { id: 'x/2023-priorities', title: '2023年工作要点', region_name: '样例县', year: 2023, kind: '要点', url: '/plans/x/2023-priorities/', provenance: 'official', subtitle: null },
	items: [{ id: 's1', number: '一、', level: 1, parent: null, title: '甲', text: '乙', topics: ['tcm'] }],
	indicators: [
		{ item: 's1', metric: 'family-doctor-contract', subject: '签约率', op: '>=', value: 65, value_max: null, unit: '%', kind: 'target' },
		{ item: 's1', metric: null, subject: '签约人数', op: '=', value: 3, value_max: null, unit: '万人', kind: 'achieved' },
	],
};

describe('readPlanId', () => {
	it('takes an id, or a plan page address with or without the site, and refuses anything else', () => {
		expect(readPlanId(' qinhuangdao/2019-priorities ')).toBe('qinhuangdao/2019-priorities');
		expect(readPlanId('/plans/qinhuangdao/2019-priorities/')).toBe('qinhuangdao/2019-priorities');
		expect(readPlanId('https://plans.example.org/plans/unknown/2021-summary-2/')).toBe('unknown/2021-summary-2');
		expect(readPlanId('../../etc/passwd')).toBeNull();
		expect(readPlanId('qinhuangdao')).toBeNull();
	});

	it('reads a plan page address under the site’s base path', () => {
		expect(readPlanId('https://health-open.github.io/wsjk/plans/qinhuangdao/2019-priorities/', '/wsjk/')).toBe('qinhuangdao/2019-priorities');
		expect(readPlanId('/wsjk/plans/qinhuangdao/2019-priorities/', '/wsjk/')).toBe('qinhuangdao/2019-priorities');
		expect(readPlanId('/wsjk/plans/qinhuangdao/2019-priorities/', '/')).toBeNull();
	});
});

describe('plan data', () => {
	it('names the data file after the id', () => {
		expect(planDataPath('x/2023-priorities')).toBe('/data/plans/x/2023-priorities.json');
	});

	it('gives the alignment the items and the moves table only the targets', () => {
		expect(compareItemsOf(data)).toEqual([{ id: 's1', number: '一、', level: 1, parent: null, title: '甲', text: '乙', topics: ['tcm'] }]);
		expect(targetsOf(data)).toEqual([{ item: 's1', metric: 'family-doctor-contract', subject: '签约率', op: '>=', value: 65, valueMax: null, unit: '%' }]);
		expect(describePlan(data)).toBe('样例县 2023年 要点');
	});
});
