import { describe, expect, it } from 'vitest';
import { readDistFile } from './helpers.ts';

const plans = JSON.parse(readDistFile('data/plans.json')) as Record<string, unknown>[];
const items = JSON.parse(readDistFile('data/items.json')) as Record<string, unknown>[];

describe('open data', () => {
	it('publishes every non-draft plan with the contract fields and its page url', () => {
		expect(plans.map((plan) => plan.id)).toEqual([
			'shangyu/2025-priorities',
			'fixture-county/2024-priorities',
			'fixture-county/2023-summary',
			'fixture-county/2023-priorities',
			'fixture-county/2022-priorities',
			'qinhuangdao/2019-priorities',
			'qinhuangdao/2018-priorities',
			'unknown/unknown-summary',
		]);
		expect(plans.find((plan) => plan.id === 'qinhuangdao/2019-priorities')).toMatchObject({
			id: 'qinhuangdao/2019-priorities',
			title: '2019年全市卫生健康工作要点',
			region: 'qinhuangdao',
			year: 2019,
			kind: '要点',
			agency: '秦皇岛市卫生健康委',
			published: '2019-04-12',
			index_no: '000357739/2019-122',
			doc_no: null,
			source: '004_ac02b3254bada0ac.txt',
			url: '/plans/qinhuangdao/2019-priorities/',
			items: 7,
		});
	});

	it('keeps unknown values null', () => {
		expect(plans.find((plan) => plan.id === 'unknown/unknown-summary')).toMatchObject({ region: null, year: null, index_no: null });
	});

	it('publishes items with their original marker, level, text and anchored url', () => {
		expect(items.find((item) => item.plan === 'qinhuangdao/2019-priorities' && item.id === 's2-2')).toEqual({
			plan: 'qinhuangdao/2019-priorities',
			id: 's2-2',
			number: '（二）',
			level: 2,
			parent: 's2',
			title: '推进家庭医生签约服务。',
			text: '重点人群签约率达到60%以上（责任科室：基层卫生科）。',
			owners: ['基层卫生科'],
			// Its words, not its owner note (基层卫生科), give its topics.
			topics: ['family-doctor'],
			topic_source: 'own',
			url: '/plans/qinhuangdao/2019-priorities/#s2-2',
		});
	});

	it('has one item record per item heading of the pages', () => {
		expect(items.filter((item) => item.plan === 'shangyu/2025-priorities').map((item) => item.id)).toEqual(['s1', 's2', 's2-1', 's2-1-1', 's2-1-2', 's2-1-2-1']);
	});

	it('writes CSV twins with a header and one row per record', () => {
		const planCsv = readDistFile('data/plans.csv');
		expect(planCsv.startsWith('\uFEFFid,title,region,')).toBe(true);
		expect(planCsv.trimEnd().split('\r\n')).toHaveLength(plans.length + 1);
		const itemCsv = readDistFile('data/items.csv');
		expect(itemCsv.startsWith('\uFEFFplan,id,number,level,')).toBe(true);
		expect(itemCsv).toContain('qinhuangdao/2019-priorities,s2-2,（二）,2,s2,推进家庭医生签约服务。');
	});
});
