import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../../../src/lib/outline.ts';
import {
	importPlanText,
	measureCoverage,
	stripReportedRemovals,
	type ImportResult,
} from '../../../../src/lib/parse/index.ts';
import { IMPORTED_ON, readProjectRegions } from '../../../import/helpers.ts';
import { renderBodyText } from '../../../import/render.ts';

/**
 * Property tests of the importer over hostile and garbled input: random mixes of the pieces real
 * pages are made of (markers, numbers that are not markers, chrome, notice wrappers, mojibake).
 * FUZZ_RUNS raises the number of runs for a long local session; FUZZ_SEED replays a failure.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Room for the runs: a few milliseconds each, more for the long lines, on a slow runner. */
const TIMEOUT = 30_000 + RUNS * 40;
const regions = readProjectRegions();

const MARKERS = [
	'一、',
	'二、',
	'三、',
	'十二、',
	'（一）',
	'（二）',
	'（五十六）',
	'(一)',
	'(二)',
	'(三)',
	'1.',
	'2.',
	'3．',
	'12.',
	'1、',
	'2、',
	'（1）',
	'（2）',
	'(1)',
	'(2)',
	'①',
	'②',
	'⑳',
	'第一部分',
	'第二部分 ',
	'第三章',
	'一是',
	'二是',
	'三是',
];
const NUMBERS = [
	'82.8岁',
	'9.0%',
	'2025-01145',
	'(2016-2020年)',
	'（2016—2020年）',
	'20182030年',
	'2019412',
	'1+X',
	'3.5万人',
	'100%',
	'２０２５年',
	'0.5‰',
	'12.',
	'1.1.1',
];
const WORDS = [
	'加强',
	'中医药',
	'服务',
	'体系建设',
	'家庭医生签约率达到',
	'妇幼健康',
	'婴儿死亡率',
	'控制在',
	'以下',
	'认真总结推广试点经验',
	'健全完善分级诊疗制度',
	'工作目标',
	'重点举措',
	'责任科室：中医科',
	'卫生健康局',
	'市场监督管理局',
	'xx区',
	'20xx年',
	'***',
	'某某',
	'ABC',
	'text',
];
const PUNCTUATION = [
	'。',
	'；',
	'，',
	'、',
	'：',
	':',
	';',
	',',
	'.',
	'！',
	'？',
	'“',
	'”',
	'《',
	'》',
	'（',
	'）',
	'(',
	')',
	'|',
	' | ',
	'*',
	'_',
	'#',
	'>',
	'-',
	'[',
	']',
	'<',
	'&nbsp;',
	'`',
	'\\',
	'~',
];
const SPACES = [' ', '\u3000', '\t', '\u00a0', '\u200b', '  '];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\u2028'];
const CHROME = [
	'包头市卫生和计划生育委员会欢迎您！',
	'阅读次数：1234',
	'浏览次数:',
	'当前位置：首页 > 信息公开',
	'字体：[ 大 中 小 ]',
	'【打印本页】 【关闭窗口】',
	'| | |',
	'![image](a.png)',
	'时间:2023-12-28 作者:admin',
	'来源：市卫健委',
	'当前隐藏内容免费查看',
	'点击下载全文',
	'索引号：000357739/2019-122',
	'发布时间:2019-04-12  发布机构:  字体:[ ]',
	'| 索引号: | 002590542/2025-01145 | 公开方式: | 主动公开 |',
	'主题分类：卫生、体育',
	'小编为大家整理了相关范文推荐',
	'(此处隐藏3000字)',
];
const WRAPPERS = [
	'关于印发2019年全市卫生健康工作要点的通知',
	'关于印发《2017年全市卫生计生工作要点》的通知',
	'各县区卫生健康局，市直各医疗卫生单位：',
	'现将《2019年全市卫生健康工作要点》印发给你们，请认真贯彻落实。',
	'秦皇岛市卫生健康委员会',
	'2019年4月12日',
	'2019412',
	'2019年全市卫生健康工作要点',
	'县卫生健康局工作总结和工作思路(实用14篇)',
	'县卫生健康局工作总结篇1',
	'篇2',
	'2025年绍兴市上虞区卫生健康工作要点',
];
const HAN_SAMPLE = '卫生健康工作要点加强医疗服务体系建设推进中医药传承创新发展';

/** Bytes of a GB18030 page read as UTF-8: lead and trail bytes of double-byte characters. */
const gbAsUtf8 = fc
	.uint8Array({ minLength: 2, maxLength: 40 })
	.map((bytes) =>
		new TextDecoder('utf-8').decode(
			bytes.map((byte, index) => (index % 2 ? byte : 0x81 + (byte % 0x7e))),
		),
	);
/** UTF-8 Chinese read as GB18030: plausible-looking Han characters that mean nothing. */
const utf8AsGb = fc
	.subarray([...HAN_SAMPLE], { minLength: 1 })
	.map((chars) => new TextDecoder('gb18030').decode(new TextEncoder().encode(chars.join(''))));
/** Any UTF-16 code units, lone surrogates and controls included. */
const binaryNoise = fc
	.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 })
	.map((codes) => String.fromCharCode(...codes));
const longLine = fc
	.tuple(fc.constantFrom(...WORDS, ...NUMBERS), fc.integer({ min: 50, max: 2000 }))
	.map(([word, times]) => word.repeat(times));

/** A chrome or wrapper line with an invisible or odd space slipped in, as copy-paste leaves them. */
const sprinkled = fc
	.tuple(
		fc.constantFrom(...CHROME, ...WRAPPERS),
		fc.constantFrom(...SPACES, '\u0007', '\ufffd'),
		fc.nat(),
	)
	.map(([line, space, at]) => {
		const cut = at % (line.length + 1);
		return `\n${line.slice(0, cut)}${space}${line.slice(cut)}\n`;
	});

const piece = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...MARKERS) },
	{ weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
	{ weight: 8, arbitrary: fc.constantFrom(...WORDS) },
	{ weight: 5, arbitrary: fc.constantFrom(...PUNCTUATION) },
	{ weight: 3, arbitrary: fc.constantFrom(...SPACES) },
	{ weight: 6, arbitrary: fc.constantFrom(...BREAKS) },
	{ weight: 2, arbitrary: fc.constantFrom(...CHROME).map((line) => `\n${line}\n`) },
	{ weight: 2, arbitrary: fc.constantFrom(...WRAPPERS).map((line) => `\n${line}\n`) },
	{ weight: 2, arbitrary: sprinkled },
	{ weight: 1, arbitrary: gbAsUtf8 },
	{ weight: 1, arbitrary: utf8AsGb },
	{ weight: 1, arbitrary: binaryNoise },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
	{ weight: 1, arbitrary: longLine },
);

/** A raw text: an optional BOM, then pieces in any order. */
const rawText = fc
	.tuple(fc.boolean(), fc.array(piece, { maxLength: 80 }))
	.map(([bom, pieces]) => `${bom ? '\ufeff' : ''}${pieces.join('')}`);

const run = (raw: string) => importPlanText(raw, 'fuzz.txt', { importedOn: IMPORTED_ON, regions });
const property = (check: (raw: string) => void) =>
	fc.assert(fc.property(rawText, check), { numRuns: RUNS, seed: SEED });

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
/** The YAML of a plan file's front matter. */
const frontMatterOf = (markdown: string) => FRONT_MATTER.exec(markdown)?.[1] ?? '';
/** The body of a plan file, without its front matter. */
const bodyOf = (markdown: string) => markdown.replace(FRONT_MATTER, '');

/** What readers get of an import's documents: the front matter and the bodies as the site renders them. */
function readerText(result: ImportResult): string {
	return result.documents
		.map(
			(document) =>
				`${frontMatterOf(document.markdown)}\n${renderBodyText(document.markdown).text}`,
		)
		.join('\n');
}

describe('importPlanText on hostile input', { timeout: TIMEOUT }, () => {
	it('never throws and never falls back to its internal-error path', () => {
		property((raw) => {
			const result = run(raw);
			expect(result.report.notes.filter((note) => note.includes('内部错误'))).toEqual([]);
		});
	});

	it('writes front matter that YAML reads back and bodies the site parses into the same items', () => {
		property((raw) => {
			for (const document of run(raw).documents) {
				expect(document.markdown, document.path).toMatch(FRONT_MATTER);
				expect(load(frontMatterOf(document.markdown))).toMatchObject({
					title: document.metadata.title,
				});
				const outline = extractOutline(bodyOf(document.markdown));
				expect(outline.items).toHaveLength(document.headings);
				const ids = outline.items.map((item) => item.id);
				expect(new Set(ids).size, `duplicate anchors in ${document.path}: ${ids}`).toBe(ids.length);
			}
		});
	});

	it('keeps every Han character and digit that the report does not list as removed', () => {
		property((raw) => {
			const result = run(raw);
			const source = stripReportedRemovals(raw, result.report.removals);
			if (result.documents.length === 0) {
				// No document is written only when there is no Han text left to write.
				expect(source).not.toMatch(/\p{Script=Han}/u);
				return;
			}
			const markdown = result.documents.map((document) => document.markdown).join('\n');
			expect(measureCoverage(source, markdown).missing).toEqual([]);
			expect(measureCoverage(source, readerText(result)).missing).toEqual([]);
		});
	});

	it('writes only safe, distinct relative paths', () => {
		property((raw) => {
			const paths = run(raw).documents.map((document) => document.path);
			for (const path of paths)
				expect(path).toMatch(/^[a-z0-9-]+\/(?:\d{4}|unknown)-[a-z0-9-]+\.md$/);
			expect(new Set(paths).size).toBe(paths.length);
		});
	});
});

describe('coverage measure', { timeout: TIMEOUT }, () => {
	const text = fc
		.array(fc.constantFrom(...WORDS, ...NUMBERS, ...PUNCTUATION, ...BREAKS), { maxLength: 60 })
		.map((parts) => parts.join(''));

	it('finds a text fully in itself and in any text that only adds to it', () => {
		fc.assert(
			fc.property(
				text,
				fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS, '## ', '\\', '---\n'))),
				(source, inserts) => {
					let output = source;
					for (const [at, insert] of inserts) {
						const cut = at % (output.length + 1);
						output = `${output.slice(0, cut)}${insert}${output.slice(cut)}`;
					}
					const coverage = measureCoverage(source, output);
					expect(coverage.missing).toEqual([]);
					expect(coverage.matched).toBe(coverage.total);
				},
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it('reports a lost counted character as missing', () => {
		fc.assert(
			fc.property(text, fc.nat(), (source, pick) => {
				const positions = [...source.matchAll(/[\p{Script=Han}0-9０-９]/gu)].map(
					(match) => match.index,
				);
				fc.pre(positions.length > 0);
				const at = positions[pick % positions.length];
				const coverage = measureCoverage(source, `${source.slice(0, at)}${source.slice(at + 1)}`);
				expect(coverage.matched).toBeLessThan(coverage.total);
				expect(coverage.missing.length).toBeGreaterThan(0);
			}),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it('takes out exactly the lines and fragments it is told to', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }),
				fc.array(fc.nat()),
				(lines, drop) => {
					const raw = lines.join('\r\n');
					const dropped = new Set(drop.map((index) => index % lines.length));
					const removals = [...dropped].map((index) => ({
						line: index + 1,
						kind: 'chrome' as const,
						text: lines[index],
						wholeLine: true,
						reason: '',
					}));
					expect(stripReportedRemovals(raw, removals)).toBe(
						lines.filter((_, index) => !dropped.has(index)).join('\n'),
					);
				},
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});
});
