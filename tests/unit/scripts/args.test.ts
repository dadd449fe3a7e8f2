import { describe, expect, it } from 'vitest';
import { parseNewPlanArgs } from '../../../scripts/lib/args.ts';

describe('parseNewPlanArgs', () => {
	it('reads the region, year, kind and the optional provenance and suffix, also written --name=value', () => {
		expect(parseNewPlanArgs(['--region', 'qinhuangdao', '--year=2026', '--kind', '要点'])).toEqual({ region: 'qinhuangdao', year: '2026', kind: '要点', provenance: undefined, suffix: undefined });
		expect(parseNewPlanArgs(['--region', 'unknown', '--year', 'unknown', '--kind', 'other', '--provenance', 'reprint', '--suffix', '2'])).toMatchObject({ provenance: 'reprint', suffix: '2' });
	});

	it('says in Chinese what is missing or not understood', () => {
		expect(parseNewPlanArgs([])).toEqual({ error: '缺少 --region、--year、--kind。用法：npm run new -- --region qinhuangdao --year 2026 --kind 要点（地区 id、年份、类型；不详的地区或年份写 unknown）' });
		expect(parseNewPlanArgs(['--region', '--year', '2026'])).toEqual({ error: '--region 后面要写值，例如 npm run new -- --region qinhuangdao --year 2026 --kind 要点' });
		expect(parseNewPlanArgs(['qinhuangdao'])).toMatchObject({ error: expect.stringMatching(/^不认识的参数 qinhuangdao。/) });
		expect(parseNewPlanArgs(['--type', '要点'])).toMatchObject({ error: expect.stringMatching(/^不认识的参数 --type。/) });
	});
});
