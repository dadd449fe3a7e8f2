import { describe, expect, it } from 'vitest';
import { linkReports } from '../../../../src/lib/compare/link-reports.ts';
import { outline } from './fixture-bureau.ts';

const PLAN = `## 一、提升基层医疗卫生服务能力

### （一）做实家庭医生签约服务。

组建家庭医生团队，提高签约服务质量，家庭医生签约率达到65%以上。

#### 1.扩大签约覆盖面。

优先覆盖老年人、孕产妇、儿童、残疾人和慢性病患者等重点人群。

### （二）推进医养结合。

支持乡镇卫生院与养老机构签约合作，医养签约服务覆盖全县所有养老机构。

## 二、传承发展中医药事业

### （一）建设基层中医馆。

乡镇卫生院中医馆实现全覆盖，推广中医适宜技术10项以上。
`;

const SUMMARY = `## 一、工作完成情况

### （一）家庭医生签约服务提质扩面。

组建家庭医生团队48个，家庭医生签约率达到65.8%。优先为老年人、孕产妇、儿童、残疾人和慢性病患者签约，重点人群签约率达到76.2%。

### （二）中医药事业加快发展。

乡镇卫生院中医馆实现全覆盖，推广中医适宜技术12项。

## 二、存在的问题

### （一）基层卫生人才仍然短缺。

乡村医生年龄偏大，年轻医生引不来、留不住。
`;

describe('linkReports', () => {
	const closure = linkReports(outline(PLAN), outline(SUMMARY));
	const coverage = Object.fromEntries(closure.items.map((entry) => [entry.item.id, [entry.coverage, ...entry.reports.map((report) => report.summary.id)].join(' ')]));

	it('links plan items to the summary passages that report on them', () => {
		expect(coverage).toMatchObject({ 's1-1': 'direct s1-1', 's1-1-1': 'direct s1-1', 's2-1': 'direct s1-2' });
	});

	it('marks a plan item nothing reports on as unreported', () => {
		expect(closure.unreported.map((item) => item.id)).toEqual(['s1-2']);
		expect(coverage['s1-2']).toBe('none');
	});

	it('counts a heading as reported through its sub-items when it has no report of its own', () => {
		const plan = outline('## 一、重点任务\n\n### （一）建设基层中医馆。\n\n乡镇卫生院中医馆实现全覆盖。\n');
		const entries = linkReports(plan, outline(SUMMARY)).items;
		expect(entries.map((entry) => `${entry.item.id} ${entry.coverage}`)).toEqual(['s1 sub-items', 's1-1 direct']);
	});

	it('asks more of the wording when both sides have topics and share none', () => {
		const withTopics = <T extends { id: string }>(items: T[], topics: string[]) => items.map((item) => ({ ...item, topics }));
		const plan = withTopics(outline('## 一、推进签约服务信息化\n\n依托县域医共体信息平台，开通线上签约服务。\n'), ['family-doctor']);
		const summary = outline('## 一、医共体建设\n\n县域医共体信息平台实现互联互通，开通线上服务。\n');
		expect(linkReports(plan, summary).counts.direct).toBe(1);
		expect(linkReports(plan, withTopics(summary, ['medical-reform'])).counts.direct).toBe(0);
	});

	it('counts direct, sub-item and missing reports', () => {
		// 一、 has no report of its own (the summary never says 提升基层医疗卫生服务能力), 二、 has (中医药事业).
		expect([coverage.s1, coverage.s2]).toEqual(['sub-items', 'direct s1-2']);
		expect(closure.counts).toEqual({ direct: 4, subItems: 1, none: 1 });
	});
});
