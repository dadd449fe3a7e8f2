import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../../src/schemas/plan.ts';
import { RegionSchema } from '../../../src/schemas/region.ts';

const minimal = { title: '2019年全市卫生健康工作要点', region: 'qinhuangdao', year: 2019, kind: '要点', provenance: 'official' };

describe('PlanSchema', () => {
	it('fills defaults so that unknown stays null', () => {
		expect(PlanSchema.parse(minimal)).toMatchObject({
			agency: null,
			published: null,
			index_no: null,
			doc_no: null,
			disclosure: null,
			subject_class: null,
			source: { file: null, url: null, title: null, part: null, parts: null },
			notice: null,
			flags: [],
			draft: false,
		});
	});

	it('accepts null region and year', () => {
		expect(PlanSchema.parse({ ...minimal, region: null, year: null })).toMatchObject({ region: null, year: null });
	});

	it('normalises a YAML date to YYYY-MM-DD text', () => {
		expect(PlanSchema.parse({ ...minimal, published: new Date('2019-04-12T00:00:00Z') }).published).toBe('2019-04-12');
		expect(PlanSchema.parse({ ...minimal, published: '2019-04-12' }).published).toBe('2019-04-12');
	});

	it('rejects a date that does not exist, in Chinese', () => {
		const result = PlanSchema.safeParse({ ...minimal, published: '2019-02-30' });
		expect(result.error?.issues[0].message).toBe('日期“2019-02-30”无效：请写成 YYYY-MM-DD，例如 2019-04-12；不知道就写 null');
	});

	it('rejects an unknown kind and an unknown quality flag', () => {
		expect(PlanSchema.safeParse({ ...minimal, kind: '通知' }).error?.issues[0].message).toMatch(/^kind 不是已知的文件类型/);
		expect(PlanSchema.safeParse({ ...minimal, provenance: 'gov' }).error?.issues[0].message).toMatch(/^provenance 不是已知的来源/);
		expect(PlanSchema.safeParse({ ...minimal, flags: [{ code: 'x', note: 'y' }] }).error?.issues[0].message).toMatch(/^未知的质量标记/);
	});

	it('rejects a year written in words and a misspelt field', () => {
		expect(PlanSchema.safeParse({ ...minimal, year: '二〇一九' }).success).toBe(false);
		expect(PlanSchema.safeParse({ ...minimal, titel: 'x' }).error?.issues[0].code).toBe('unrecognized_keys');
	});
});

describe('RegionSchema', () => {
	it('accepts a region with a six-digit code and rejects other codes', () => {
		expect(RegionSchema.parse({ id: 'qinhuangdao', name: '秦皇岛市', level: '市', parent: 'hebei', code: '130300' }).code).toBe('130300');
		expect(RegionSchema.safeParse({ id: 'qinhuangdao', name: '秦皇岛市', level: '市', code: '1303' }).success).toBe(false);
	});

	it('rejects ids that are not ASCII kebab-case', () => {
		expect(RegionSchema.safeParse({ id: '秦皇岛', name: '秦皇岛市', level: '市' }).error?.issues[0].message).toMatch(/^id 格式不对/);
	});
});
