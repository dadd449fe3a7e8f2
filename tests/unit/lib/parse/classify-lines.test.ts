import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../../src/lib/parse/classify-lines.ts';
import type { SourceLine } from '../../../../src/lib/parse/types.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ no: index + 1, text }));

describe('classifyLines', () => {
	it('reads a title left to the line after its label', () => {
		const sorted = classifyLines(lines('标       题:', '江西省卫生健康委2019年工作总结和2020年工作思路', '一、总体情况'));
		expect(sorted.metadata.title).toBe('江西省卫生健康委2019年工作总结和2020年工作思路');
		expect(sorted.content.map((line) => line.text)).toEqual(['一、总体情况']);
	});

	it('takes a document number standing on its own line near the top', () => {
		const sorted = classifyLines(lines('豫健委〔2020〕3号', '各省辖市:'));
		expect(sorted.metadata.doc_no).toBe('豫健委〔2020〕3号');
		expect(sorted.removals[0]).toMatchObject({ line: 1, kind: 'metadata' });
	});

	it('reads bulleted bylines and records where they stand', () => {
		const sorted = classifyLines(lines('标题行', '  • 时间:2023-05-04 08:58:16', '  • 发布:湖州卫生健康委'));
		expect(sorted.metadata.source).toBe('湖州卫生健康委');
		expect(sorted.bylineLines).toEqual([2, 3]);
	});

	it('reads a row without colons after another metadata row', () => {
		const sorted = classifyLines(lines('索引号 000014349/2020-3761045 成文日期 2020-10-15', '名称 某某方案'));
		expect(sorted.metadata).toMatchObject({ index_no: '000014349/2020-3761045', title: '某某方案' });
	});

	it('takes an agency name above the site English name for the site header', () => {
		const sorted = classifyLines(lines('河南省卫生健康委员会', 'Health Commission of Henan Province', '2021年健康中原行动成效显著'));
		expect(sorted.siteOwners).toEqual(['河南省卫生健康委员会']);
		expect(sorted.content.map((line) => line.text)).toEqual(['2021年健康中原行动成效显著']);
	});

	it('keeps the file name a document-sharing site prints', () => {
		const sorted = classifyLines(lines('《区卫生健康局2021年度工作总结范文.doc》由会员分享,可在线阅读,更多相关请搜索。'));
		expect(sorted.sharedFileTitles).toEqual(['区卫生健康局2021年度工作总结范文']);
	});
});
