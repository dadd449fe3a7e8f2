import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from '../../../../src/lib/search/records.ts';
import { encodeToken } from '../../../../src/lib/search/tokenize.ts';

const plan = { id: 'qinhuangdao/2019-priorities', title: '2019年全市卫生健康工作要点', region_name: '秦皇岛市', agency: '秦皇岛市卫生健康委员会', year: 2019, kind: '要点', lead: '2019年是新中国成立70周年。', url: '/plans/qinhuangdao/2019-priorities/' };
const item = { plan: plan.id, number: '（二）', title: '推进家医签约服务。', text: '重点人群签约率达到60%以上。', topics: [], url: '/plans/qinhuangdao/2019-priorities/#s2-2' };

describe('buildSearchRecords', () => {
	const [planRecord, itemRecord] = buildSearchRecords([plan], [item], [['家庭医生', '家医']]);

	it('makes one record per item that links to its anchor and keeps the original text for excerpts', () => {
		expect(itemRecord.url).toBe('/plans/qinhuangdao/2019-priorities/#s2-2');
		expect(itemRecord.meta).toEqual({ plan: plan.title, region: '秦皇岛市', year: '2019年', kind: '要点', title: '（二）推进家医签约服务。', item: '（二）推进家医签约服务。', text: '重点人群签约率达到60%以上。' });
	});

	it('indexes encoded bigram tokens, with synonyms of the terms it contains after the text', () => {
		const encoded = (tokens: string[]) => tokens.map(encodeToken).join(' ');
		expect(itemRecord.content.startsWith(encoded(['二', '推进', '进家', '家医', '医签', '签约']))).toBe(true);
		const synonyms = ['家庭', '庭医', '医生', '生', '家医', '医'].map((token) => `s${encodeToken(token)}`).join(' ');
		expect(itemRecord.content.endsWith(`${encoded(['60', '以上', '上'])} ${synonyms}`)).toBe(true);
	});

	it('carries the year, region and kind filters and a year sort key', () => {
		expect(itemRecord.filters).toEqual({ year: ['2019'], region: ['秦皇岛市'], kind: ['要点'] });
		expect(itemRecord.sort).toEqual({ year: '2019' });
	});

	it('makes a record for the plan itself from its title, agency and lead', () => {
		expect(planRecord.url).toBe(plan.url);
		expect(planRecord.meta.item).toBe('');
		expect(planRecord.content).toContain(`${encodeToken('秦皇')} ${encodeToken('皇岛')}`);
	});

	it('says 不详 for an unknown year and region instead of leaving them out', () => {
		const [unknown] = buildSearchRecords([{ ...plan, year: null, region_name: null }], []);
		expect(unknown.filters).toEqual({ year: ['不详'], region: ['不详'], kind: ['要点'] });
		expect(unknown.sort).toEqual({ year: '0000' });
	});
});
