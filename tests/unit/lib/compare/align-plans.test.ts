import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPlans, type AlignmentRow } from '../../../../src/lib/compare/align-plans.ts';
import type { CompareItem } from '../../../../src/lib/compare/compare-item.ts';
import { splitFrontMatter } from '../../../../src/lib/check/front-matter.ts';
import { formatChineseNumeral, parseChineseNumeral } from '../../../../src/lib/parse/markers.ts';
import { REPO_ROOT } from '../../../support/paths.ts';
import { outline } from './fixture-bureau.ts';

/** One line per row: status, A id → B id, R when renumbered. */
function summarise(rows: readonly AlignmentRow[]): string[] {
	return rows.map((row) => `${row.status} ${row.a?.id ?? '-'}→${row.b?.id ?? '-'}${row.renumbered ? ' R' : ''}`);
}

const SECTION = `## 一、提升基层医疗卫生服务能力

### （一）加强乡镇卫生院标准化建设。

完成3所乡镇卫生院提档升级，推进村卫生室标准化建设，实现行政村卫生室全覆盖。

### （二）做实家庭医生签约服务。

组建家庭医生团队，提高签约服务质量，家庭医生签约率达到60%以上。

### （三）加强基层卫生人才队伍建设。

招聘医学类本科毕业生20名，开展乡村医生轮训，每名乡村医生每年培训不少于2周。

### （四）推进基层中医药服务。

乡镇卫生院中医馆实现全覆盖，推广中医适宜技术10项以上。
`;

const INSERTED = `### （二）深入开展“优质服务基层行”活动。

对照服务能力标准，推动乡镇卫生院达到基本标准，2所以上达到推荐标准。

`;

/** SECTION with a new （二） inserted and every later number shifted by one. */
const SECTION_WITH_INSERT = SECTION.replace('### （二）做实', `${INSERTED}### （三）做实`)
	.replace('### （三）加强基层', '### （四）加强基层')
	.replace('### （四）推进基层', '### （五）推进基层');

describe('alignPlans: renumbering', () => {
	const alignment = alignPlans(outline(SECTION), outline(SECTION_WITH_INSERT));

	it('keeps every item after an inserted one, marked renumbered with both numbers', () => {
		expect(summarise(alignment.rows)).toEqual([
			'kept s1→s1',
			'kept s1-1→s1-1',
			'added -→s1-2',
			'kept s1-2→s1-3 R',
			'kept s1-3→s1-4 R',
			'kept s1-4→s1-5 R',
		]);
		expect(alignment.rows.filter((row) => row.renumbered).map((row) => `${row.a?.number}→${row.b?.number}`)).toEqual(['（二）→（三）', '（三）→（四）', '（四）→（五）']);
	});

	it('counts the insertion as one added item, not as drops and additions', () => {
		expect(alignment.counts).toEqual({ kept: 5, changed: 0, added: 1, dropped: 0, renumbered: 3 });
	});

	it('keeps identical wording under a different number even when the old number now holds another item', () => {
		// The new （二） shares words with the old （二） (签约, 服务 …); wording still beats numbering.
		const lookalike = SECTION_WITH_INSERT.replace(INSERTED, '### （二）推进家庭医生签约服务信息化。\n\n开通线上签约服务，提高家庭医生签约服务质量。\n\n');
		const rows = alignPlans(outline(SECTION), outline(lookalike)).rows;
		expect(summarise(rows).slice(2, 4)).toEqual(['added -→s1-2', 'kept s1-2→s1-3 R']);
	});

	it('keeps every item of a real plan numbered across sections (临淄 （一）…（五十六）) when one is inserted near the start', () => {
		const body = splitFrontMatter(readFileSync(join(REPO_ROOT, 'content/plans/linzi/2019-priorities.md'), 'utf8')).body;
		let shiftedCount = 0;
		const shifted = body.replace(/^### （([一二三四五六七八九十]+)）/gm, (heading: string, numeral: string) => {
			const value = parseChineseNumeral(numeral) ?? 0;
			if (value < 2) return heading;
			shiftedCount++;
			return `### （${formatChineseNumeral(value + 1)}）`;
		});
		const inserted = shifted.replace(/^### （三）/m, '### （二）建立卫生健康系统意识形态工作联席会议制度。\n\n每季度召开一次联席会议。\n\n### （三）');
		const alignment = alignPlans(outline(body), outline(inserted));
		expect(shiftedCount).toBeGreaterThan(50);
		expect(alignment.counts).toMatchObject({ changed: 0, added: 1, dropped: 0, renumbered: shiftedCount });
		expect(alignment.counts.kept).toBe(outline(body).length);
	});
});

describe('alignPlans: rewording, insertion and deletion', () => {
	it('aligns a reworded item as changed, with its similarity', () => {
		const reworded = SECTION.replace('家庭医生签约率达到60%以上', '家庭医生签约率达到65%以上，重点人群签约率达到75%以上');
		const row = alignPlans(outline(SECTION), outline(reworded)).rows.find((candidate) => candidate.b?.id === 's1-2');
		expect(row).toMatchObject({ status: 'changed', renumbered: false, a: { id: 's1-2' } });
		expect(row?.similarity).toBeGreaterThan(0.5);
		expect(row?.similarity).toBeLessThan(1);
	});

	it('keeps an item whose only change is whitespace and punctuation', () => {
		const repunctuated = SECTION.replace('完成3所乡镇卫生院提档升级，推进', '完成3所乡镇卫生院提档升级,  推进');
		expect(alignPlans(outline(SECTION), outline(repunctuated)).counts).toMatchObject({ kept: 5, changed: 0 });
	});

	it('does not align a different task that took the place of a dropped one', () => {
		const replaced = SECTION.replace(
			'### （三）加强基层卫生人才队伍建设。\n\n招聘医学类本科毕业生20名，开展乡村医生轮训，每名乡村医生每年培训不少于2周。',
			'### （三）推进医养结合。\n\n支持乡镇卫生院与养老机构签约合作，医养签约服务覆盖全县所有养老机构。',
		);
		expect(summarise(alignPlans(outline(SECTION), outline(replaced)).rows).slice(3, 5)).toEqual(['dropped s1-3→-', 'added -→s1-3']);
	});

	it('puts an added item in B’s order', () => {
		const appended = `${SECTION}\n### （五）推进医养结合。\n\n支持乡镇卫生院与养老机构签约合作。\n`;
		expect(summarise(alignPlans(outline(SECTION), outline(appended)).rows).at(-1)).toBe('added -→s1-5');
	});

	it('puts a dropped item where it stood in A, and the later items renumbered', () => {
		const without = SECTION.replace(/### （二）做实[^#]*/, '').replace('（三）加强基层', '（二）加强基层').replace('（四）推进基层', '（三）推进基层');
		const alignment = alignPlans(outline(SECTION), outline(without));
		expect(summarise(alignment.rows)).toEqual(['kept s1→s1', 'kept s1-1→s1-1', 'dropped s1-2→-', 'kept s1-3→s1-2 R', 'kept s1-4→s1-3 R']);
		expect(alignment.counts).toEqual({ kept: 4, changed: 0, added: 0, dropped: 1, renumbered: 2 });
	});

	it('puts a dropped item after the new sub-items of the item before it, not between them and their parent', () => {
		const later = SECTION.replace(/### （二）做实[^#]*/, '').replace('（三）加强基层', '（二）加强基层').replace('（四）推进基层', '（三）推进基层')
			.replace('实现行政村卫生室全覆盖。\n', '实现行政村卫生室全覆盖。\n\n#### 1.创建社区医院。\n\n推进2所乡镇卫生院创建社区医院。\n');
		expect(summarise(alignPlans(outline(SECTION), outline(later)).rows).slice(1, 4)).toEqual(['kept s1-1→s1-1', 'added -→s1-1-1', 'dropped s1-2→-']);
	});

	it('puts a dropped item at the start when nothing before it is aligned', () => {
		const earlier = `## 一、做好新冠肺炎疫情常态化防控\n\n落实“外防输入、内防反弹”总策略，加强发热门诊和核酸检测能力建设。\n\n${SECTION.replace('## 一、', '## 二、')}`;
		const rows = alignPlans(outline(earlier), outline(SECTION)).rows;
		expect(summarise(rows).slice(0, 3)).toEqual(['dropped s1→-', 'kept s2→s1 R', 'kept s2-1→s1-1 R']);
	});
});

describe('alignPlans: hierarchy', () => {
	const twoSections = `## 一、实施全民健康促进行动

#### 1.工作目标。

#### 2.重点举措。

## 二、实施医疗卫生强基行动

#### 1.工作目标。

#### 2.重点举措。
`.replace(/####/g, '###');

	it('aligns identical sub-items under their aligned parents, not by position', () => {
		// B puts a new section first: every sub-item keeps the parent it had.
		const later = `## 一、实施中医药传承创新行动\n\n### 1.工作目标。\n\n### 2.重点举措。\n\n${twoSections.replace('## 一、', '## 二、').replace('## 二、实施医疗', '## 三、实施医疗')}`;
		const rows = alignPlans(outline(twoSections), outline(later)).rows;
		expect(summarise(rows)).toEqual([
			'added -→s1',
			'added -→s1-1',
			'added -→s1-2',
			'kept s1→s2 R',
			'kept s1-1→s2-1 R',
			'kept s1-2→s2-2 R',
			'kept s2→s3 R',
			'kept s2-1→s3-1 R',
			'kept s2-2→s3-2 R',
		]);
		expect(rows.every((row) => !row.moved)).toBe(true);
	});

	it('aligns a section whose heading was rewritten when its sub-items stayed the same', () => {
		const earlier = `## 一、深化医改\n\n${SECTION.split('\n').slice(1).join('\n')}`;
		const later = `## 一、深化医药卫生体制改革\n\n${SECTION.split('\n').slice(1).join('\n')}`;
		expect(summarise(alignPlans(outline(earlier), outline(later)).rows)[0]).toBe('changed s1→s1');
	});

	it('does not align two short formulaic headings that only share the genre’s words', () => {
		const a = outline('## 一、实施医疗卫生强基行动\n');
		const b = outline('## 一、实施医疗质量提升行动\n');
		expect(summarise(alignPlans(a, b).rows)).toEqual(['dropped s1→-', 'added -→s1']);
	});

	it('marks an item that moved to another section', () => {
		const later = `## 一、提升基层医疗卫生服务能力

### （一）加强乡镇卫生院标准化建设。

完成3所乡镇卫生院提档升级，推进村卫生室标准化建设，实现行政村卫生室全覆盖。

### （二）做实家庭医生签约服务。

组建家庭医生团队，提高签约服务质量，家庭医生签约率达到60%以上。

### （三）加强基层卫生人才队伍建设。

招聘医学类本科毕业生20名，开展乡村医生轮训，每名乡村医生每年培训不少于2周。

## 二、传承发展中医药事业

### （一）推进基层中医药服务。

乡镇卫生院中医馆实现全覆盖，推广中医适宜技术10项以上。
`;
		const row = alignPlans(outline(SECTION), outline(later)).rows.find((candidate) => candidate.b?.id === 's2-1');
		expect(row).toMatchObject({ status: 'kept', moved: true, renumbered: true, a: { id: 's1-4' } });
	});
});

describe('alignPlans: topics', () => {
	const tag = (items: CompareItem[], topics: Record<string, string[]>) => items.map((item) => ({ ...item, topics: topics[item.id] ?? [] }));

	it('counts rows per topic under the union of both items’ topics', () => {
		const reworded = SECTION.replace('家庭医生签约率达到60%以上', '家庭医生签约率达到65%以上').replace(/### （四）推进基层[^#]*/, '');
		const a = tag(outline(SECTION), { 's1-2': ['family-doctor'], 's1-4': ['tcm'] });
		const b = tag(outline(reworded), { 's1-2': ['family-doctor', 'primary-care'] });
		expect(alignPlans(a, b).byTopic).toEqual({
			'family-doctor': { kept: 0, changed: 1, added: 0, dropped: 0, renumbered: 0 },
			'primary-care': { kept: 0, changed: 1, added: 0, dropped: 0, renumbered: 0 },
			tcm: { kept: 0, changed: 0, added: 0, dropped: 1, renumbered: 0 },
		});
	});

	it('has no per-topic counts when no item has topics', () => {
		expect(alignPlans(outline(SECTION), outline(SECTION)).byTopic).toEqual({});
	});

	it('breaks a tie between equally similar candidates by shared topic', () => {
		const a = tag(outline('## 一、重点工作\n\n### （一）推进项目建设。\n\n### （二）推进项目建设。\n'), { 's1-1': ['tcm'], 's1-2': ['family-doctor'] });
		const b = tag(outline('## 一、重点工作\n\n### （一）推进项目建设。\n'), { 's1-1': ['family-doctor'] });
		expect(alignPlans(a, b).aToB.get('s1-2')).toBe('s1-1');
	});
});

describe('alignPlans: size', () => {
	it('aligns two plans of several hundred distinct items, one inserted, as all kept', () => {
		const place = ['乡镇', '社区', '县级', '村级', '市级', '街道'];
		const task = ['卫生院', '医疗中心', '疾控中心', '妇幼保健院', '中医馆', '急救站', '体检中心'];
		const action = ['标准化建设', '信息化改造', '人才培养', '绩效考核', '质量控制', '应急演练', '设备更新', '服务提升'];
		const sections = Array.from({ length: 12 }, (_, section) => {
			const items = Array.from({ length: 30 }, (_, index) => {
				const n = section * 30 + index;
				return `### （${formatChineseNumeral(index + 1)}）推进${place[n % 6]}${task[n % 7]}${action[n % 8]}第${n}号项目。\n\n完成${place[(n + 1) % 6]}${task[(n + 3) % 7]}${n + 7}所，覆盖率达到${n % 97}%。\n`;
			});
			return `## ${formatChineseNumeral(section + 1)}、第${section + 1}部分工作\n\n${items.join('\n')}`;
		});
		const a = outline(sections.join('\n'));
		const b = outline(sections.join('\n').replace('### （一）', '### （一）新增工作。\n\n### （二）'));
		const alignment = alignPlans(a, b);
		expect(a.length).toBe(372);
		expect(alignment.counts).toMatchObject({ kept: 372, changed: 0, dropped: 0, added: 1 });
	});
});
