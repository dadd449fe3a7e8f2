import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../../src/lib/parse/import-document.ts';

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
