import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../../src/lib/parse/import-document.ts';
import { readProjectRegions } from '../../../import/helpers.ts';

const run = (raw: string) => importPlanText(raw, 'case.txt', { importedOn: '2026-11-24' });
const headings = (raw: string) =>
	run(raw)
		.documents[0].markdown.split('\n')
		.filter((line) => line.startsWith('#'));

describe('importPlanText', () => {
	it('never throws, whatever the input', () => {
		const noise = String.fromCharCode(
			...Array.from({ length: 2000 }, (_, index) => (index * 7919) % 65536),
		);
		for (const raw of [
			'',
			'\uFEFF',
			'\r\n\r\n',
			noise,
			'|||',
			'一、',
			'（一）'.repeat(500),
			undefined as unknown as string,
		]) {
			expect(() => run(raw)).not.toThrow();
		}
	});

	it('writes nothing for an empty text and says why', () => {
		const result = run('');
		expect(result.documents).toEqual([]);
		expect(result.report.notes).toEqual(['原文中没有可导入的中文正文，未生成文件']);
	});

	it('maps families to levels in order of first appearance', () => {
		expect(headings('2020年工作要点\n(一)甲。\n1、乙。\n(二)丙。')).toEqual([
			'## (一)甲。',
			'### 1、乙。',
			'## (二)丙。',
		]);
	});

	it('keeps 一是…二是… inside paragraphs', () => {
		expect(headings('2020年工作要点\n一、总则\n一是加强领导。\n二是完善制度。')).toEqual([
			'## 一、总则',
		]);
	});

	it('keeps owner notes where the source put them', () => {
		const markdown = run('2020年工作要点\n一、总则\n（一）加强备案。做好管理。（责任科室：中医科）')
			.documents[0].markdown;
		expect(markdown).toContain('做好管理。（责任科室：中医科）');
	});

	it('lists every dropped chrome line with its raw line number', () => {
		const result = run('某委员会欢迎您\n\n2020年工作要点\n阅读次数:12\n一、总则');
		expect(result.report.removals.map((removal) => [removal.line, removal.kind])).toEqual([
			[1, 'chrome'],
			[3, 'title'],
			[4, 'metadata'],
		]);
	});

	it('never invents a year, region or date', () => {
		const { metadata } = run('工作要点\n一、总则\n（一）加强领导。').documents[0];
		expect([metadata.year, metadata.region, metadata.published]).toEqual([null, null, null]);
	});
});

describe('importPlanText and regions', () => {
	const regions = readProjectRegions();
	const importWithRegions = (raw: string) => importPlanText(raw, 'case.txt', { importedOn: '2026-11-24', regions });

	it('files a plan of any county under its id from the national list', () => {
		const { documents } = importWithRegions('泾县卫生健康局2023年工作要点\n一、深化医改\n（一）推进医共体建设。');
		expect(documents[0].path.startsWith('xuancheng-jingxian/2023-')).toBe(true);
	});

	it('names in the report, with its line, a place it cannot tell apart, and leaves the region empty', () => {
		const { documents, report } = importWithRegions('朝阳区卫生健康委员会2023年工作要点\n一、深化医改\n（一）推进医共体建设。');
		expect(documents[0].path.startsWith('unknown/')).toBe(true);
		expect(report.notes.join('\n')).toMatch(/第1行的“朝阳区”有 \d+ 个同名地区/);
	});
});
