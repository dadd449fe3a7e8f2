import { describe, expect, it } from 'vitest';
import { findsPlansOnly, hitFinder } from '../../../../src/lib/search/hits.ts';
import { prepareQuery } from '../../../../src/lib/search/query.ts';
import type { SearchText } from '../../../../src/lib/search/records.ts';

const synonyms = [['家庭医生', '家医']];
const plan: SearchText = {
	url: '/plans/x/',
	title: '2019年卫生健康工作要点',
	region: '秦皇岛市',
	year: '2019年',
	kind: '要点',
	lead: '推进中医药事业发展。',
	items: [
		['s1-1', '（一）推进家医签约服务。', '重点人群签约率达到60%以上。'],
		['s1-2', '（二）发展中医药。', '建设中医馆。'],
		['s1-3', '（三）家庭医生。', '做实家庭医生签约。', ['family-doctor', 'primary-care']],
		['s1-4', '（四）医疗', '中心建设。'],
	],
};
const urls = (query: string) => hitFinder(prepareQuery(query, synonyms), synonyms)(plan).map((hit) => hit.url);

describe('hitFinder', () => {
	it('returns the items that hold the query, and the plan itself when its opening does', () => {
		expect(urls('中医药')).toEqual(['/plans/x/', '/plans/x/#s1-2']);
	});

	it('finds curated synonyms in both directions', () => {
		expect(urls('家庭医生')).toEqual(['/plans/x/#s1-1', '/plans/x/#s1-3']);
		expect(urls('家医')).toEqual(['/plans/x/#s1-1', '/plans/x/#s1-3']);
	});

	it('needs every term of the query in the same item', () => {
		expect(urls('中医馆 签约')).toEqual([]);
		expect(urls('中医馆 发展')).toEqual(['/plans/x/#s1-2']);
	});

	it("does not match across an item's heading and its text", () => {
		expect(urls('医疗中心')).toEqual([]);
	});

	it('keeps only the items on the chosen topic, and not the plan itself, when a topic is filtered', () => {
		const onTopic = (query: string, topic: string) => hitFinder(prepareQuery(query, synonyms), synonyms, topic)(plan).map((hit) => hit.url);
		expect(onTopic('家庭医生', 'primary-care')).toEqual(['/plans/x/#s1-3']);
		expect(onTopic('家庭医生', 'tcm')).toEqual([]);
	});

	it('finds the plan itself, once, for a query without text terms (fact words only), or with a topic its items on it', () => {
		expect(urls('')).toEqual(['/plans/x/']);
		expect(hitFinder(prepareQuery('', synonyms), synonyms, 'primary-care')(plan).map((hit) => hit.url)).toEqual(['/plans/x/#s1-3']);
	});

	it('says when each plan found is one hit', () => {
		expect(findsPlansOnly(prepareQuery(''))).toBe(true);
		expect(findsPlansOnly(prepareQuery(''), 'tcm')).toBe(false);
		expect(findsPlansOnly(prepareQuery('医'))).toBe(false);
	});

	it('returns nothing for a non-word made of characters that each occur', () => {
		expect(urls('医中')).toEqual([]);
	});

	it('carries the plan facts and the original text, and marks the plan hit', () => {
		const [planHit, itemHit] = hitFinder(prepareQuery('中医药', synonyms), synonyms)(plan);
		expect(planHit).toMatchObject({ isPlan: true, title: plan.title, text: plan.lead });
		expect(itemHit).toEqual({
			url: '/plans/x/#s1-2',
			title: '（二）发展中医药。',
			text: '建设中医馆。',
			plan: plan.title,
			planUrl: '/plans/x/',
			region: '秦皇岛市',
			year: '2019年',
			kind: '要点',
			isPlan: false,
		});
	});
});
