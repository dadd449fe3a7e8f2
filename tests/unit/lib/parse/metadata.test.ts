import { describe, expect, it } from 'vitest';
import { parseLabelColumns, parseMetadataLine } from '../../../../src/lib/parse/metadata.ts';

describe('parseMetadataLine', () => {
	it('reads space-separated label:value pairs and skips empty ones', () => {
		expect(
			parseMetadataLine(
				'体裁分类:公告公示        主题分类:卫生、体育        文号:        索引号:000357739/2019-122',
			)?.fields,
		).toEqual({
			ignored: '公告公示',
			subject_class: '卫生、体育',
			index_no: '000357739/2019-122',
		});
	});

	it('reads the cells of a copied table', () => {
		expect(parseMetadataLine('文号: | 公开日期: | 2025-03-31 16:24 | |')?.fields).toEqual({
			published: '2025-03-31 16:24',
		});
	});

	it('reads a date glued to a read counter', () => {
		expect(parseMetadataLine('发布日期:2017年05月04日阅读次数:138')?.fields).toEqual({
			published: '2017年05月04日',
			chrome: '138',
		});
	});

	it('reads a parenthesised disclosure line', () => {
		expect(parseMetadataLine('(信息公开形式:主动公开)')?.fields).toEqual({
			disclosure: '主动公开',
		});
	});

	it('refuses a sentence that mentions a label', () => {
		expect(parseMetadataLine('按照文号:秦卫字的要求，各单位认真落实。')).toBeNull();
	});
});

describe('parseMetadataLine on the layouts of real disclosure pages', () => {
	it('reads labels spaced out to align a table (索 引 号, 文  号)', () => {
		expect(
			parseMetadataLine('索 引 号: 002482365/2023-00095 公开日期: 2023-04-22')?.fields,
		).toEqual({ index_no: '002482365/2023-00095', published: '2023-04-22' });
	});

	it('keeps two pairs of one row apart instead of running them into one value', () => {
		expect(
			parseMetadataLine('发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号')?.fields,
		).toEqual({ agency: '省卫生健康委', doc_no: '浙卫发〔2023〕10号' });
	});

	it('skips an empty value followed by the next label', () => {
		expect(
			parseMetadataLine('主题分类: 组配分类: 规划计划 成文日期: 2020-01-06')?.fields,
		).toEqual({ ignored: '规划计划', signed: '2020-01-06' });
	});

	it('reads other labels of 文号 and the 名称 of a pipe table', () => {
		expect(parseMetadataLine('发布文号:某卫发〔2021〕3号')?.fields).toEqual({ doc_no: '某卫发〔2021〕3号' });
		expect(parseMetadataLine('发文字号：某卫发〔2021〕3号')?.fields).toEqual({ doc_no: '某卫发〔2021〕3号' });
		expect(
			parseMetadataLine('名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |')?.fields,
		).toEqual({ title: '县卫健委2023年工作总结及2024年工作安排' });
	});

	it('says when a title label leaves its value to the next line', () => {
		expect(parseMetadataLine('标       题:')?.openField).toBe('title');
	});

	it('reads a byline that starts with the page date and ends with buttons', () => {
		expect(parseMetadataLine('2023-03-22 来源:安岳县卫生健康局 关闭 打印')?.fields).toEqual({
			source: '安岳县卫生健康局',
			byline: '2023-03-22',
		});
	});

	it('reads a source glued to the date of a byline', () => {
		expect(
			parseMetadataLine('发布时间:2022-06-02作者:佚名 来源:宁夏回族自治区卫生健康委员会')?.fields,
		).toEqual({ published: '2022-06-02', chrome: '佚名', source: '宁夏回族自治区卫生健康委员会' });
	});

	it('leaves a template byline that starts with 时间 to the chrome rules', () => {
		expect(parseMetadataLine('时间:2023-12-28 00:33:44 作者:灵魂曲')).toBeNull();
	});
});

describe('parseLabelColumns', () => {
	it('reads a row of labels and values without colons', () => {
		expect(
			parseLabelColumns('索引号 000014349/2020-3761045 成文日期 2020-10-15', false)?.fields,
		).toEqual({ index_no: '000014349/2020-3761045', signed: '2020-10-15' });
	});

	it('reads an empty cell followed by the next label', () => {
		expect(parseLabelColumns('文号 发布时间 2020-10-15', false)?.fields).toEqual({
			published: '2020-10-15',
		});
	});

	it('takes a single label only right after another metadata line', () => {
		const row = '名称 市人民政府办公室关于印发健康六盘水行动推进方案的通知';
		expect(parseLabelColumns(row, false)).toBeNull();
		expect(parseLabelColumns(row, true)?.fields.title).toBe(
			'市人民政府办公室关于印发健康六盘水行动推进方案的通知',
		);
	});

	it('refuses a sentence that starts with a label word', () => {
		expect(parseLabelColumns('名称变更后，各单位按新名称开展工作。', true)).toBeNull();
	});
});
