import { describe, expect, it } from 'vitest';
import { formatImportReport } from '../../../../src/lib/parse/format-report.ts';
import { importPlanText } from '../../../../src/lib/parse/import-document.ts';
import {
	decideProvenance,
	DEFAULT_EVIDENCE,
	describeProvenance,
	type ProvenanceInput,
} from '../../../../src/lib/parse/provenance.ts';

const run = (raw: string) => importPlanText(raw, 'case.txt', { importedOn: '2026-11-24' });
/** The decision of the first document, and what its front matter says. */
const decide = (raw: string) => {
	const { documents } = run(raw);
	expect(documents.length).toBeGreaterThan(0);
	const [first] = documents;
	expect(first.markdown).toContain(`\nprovenance: ${first.provenance.provenance}\n`);
	return first.provenance;
};

const PLAN_BODY = [
	'一、总体要求',
	'以习近平新时代中国特色社会主义思想为指导，全面推进卫生健康事业高质量发展。',
	'二、重点任务',
	'（一）深化医药卫生体制改革。推进紧密型县域医共体建设。',
].join('\n');

describe('official: a government page', () => {
	it('reads 索引号 and 发布机构 of a disclosure table', () => {
		const decision = decide(
			[
				'索引号: | 002590542/2025-01145 | 公开方式: | 主动公开 |',
				'文号: | 公开日期: | 2025-03-31 16:24 | |',
				'发布单位: | 区卫生健康局 |',
				'2025年绍兴市上虞区卫生健康工作要点',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('official');
		expect(decision.rule).toBe('government-page');
		expect(decision.evidence).toContain('索引号「002590542/2025-01145」');
		expect(decision.evidence).toContain('发布机构「区卫生健康局」');
	});

	it('reads the bureau site banner (…委员会欢迎您)', () => {
		const decision = decide(
			[
				'包头市卫生和计划生育委员会欢迎您',
				'关于印发2017年全市卫生计生工作要点的通知',
				'发布日期:2017年05月04日阅读次数:138',
				'2017年全市卫生计生工作要点',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('official');
		expect(decision.evidence).toContain('欢迎语「包头市卫生和计划生育委员会欢迎您」');
		expect(decision.evidence).toContain('发布日期「2017年05月04日」');
	});

	it('reads the navigation of a government disclosure catalogue', () => {
		const decision = decide(
			[
				'您当前所在位置: 首页>政府信息公开>县卫健委>法定主动公开内容>工作计划',
				'2022年奉新县卫生健康委工作总结',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('official');
		expect(decision.evidence).toContain(
			'信息公开栏目的页面导航「您当前所在位置: 首页>政府信息公开',
		);
	});

	it('is not moved by an empty 作者 line, which government pages print too', () => {
		const decision = decide(
			[
				'河南省卫生健康委员会',
				'Health Commission of Henan Province',
				'2021年健康中原行动成效显著',
				'作者:  时间:2023-01-10  来源:  字号:【',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('official');
		expect(decision.evidence).toContain('网站的标题「河南省卫生健康委员会」');
	});

	it('stays official with a placeholder in its text, and says so', () => {
		const decision = decide(
			[
				'索引号: 000357739/2019-122',
				'2019年全市卫生健康工作要点',
				PLAN_BODY,
				'三、其他',
				'完成xx县试点。',
			].join('\n'),
		);
		expect(decision.provenance).toBe('official');
		expect(decision.evidence).toContain('模板占位符「xx县」，请核对');
	});

	it('reads a .gov.cn address when it is given one', () => {
		const decision = decideProvenance({
			...BARE,
			url: 'https://wjw.beijing.gov.cn/zwgk/t2024.html',
		});
		expect(decision.provenance).toBe('official');
		expect(decision.evidence).toContain('政府网站地址「wjw.beijing.gov.cn」');
	});
});

describe('reprint: an official text from another site', () => {
	it('names the 来源 line of a news site and the official text it carries', () => {
		const decision = decide(
			[
				'《健康河北建设行动方案(2023—2027年)》印发',
				'发布时间: 2023-04-13 来源:健康报 责任编辑:张三',
				'河北省卫生健康委员会关于印发《健康河北建设行动方案(2023—2027年)》的通知',
				'冀卫发〔2023〕5号',
				'各市(含定州、辛集市)人民政府:',
				'现将《健康河北建设行动方案(2023—2027年)》印发给你们，请认真贯彻执行。',
				'河北省卫生健康委员会',
				'2023年4月10日',
				'健康河北建设行动方案(2023—2027年)',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('reprint');
		expect(decision.rule).toBe('other-site');
		expect(decision.evidence).toContain('来源「健康报」');
		expect(decision.evidence).toContain('编辑署名「责任编辑:张三」');
		expect(decision.evidence).toContain('印发通知');
		expect(decision.evidence).toContain('文号「冀卫发〔2023〕5号」');
	});

	it('does not count a 来源 line that names the agency as another site', () => {
		const decision = decide(
			[
				'安岳县召开2023年卫生健康工作大会',
				'2023-03-22 来源:安岳县卫生健康局 关闭 打印',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('reprint');
		expect(decision.rule).toBe('default');
	});

	it("does not count 来源:本站, the page's own site, as another site", () => {
		const decision = decide(
			['2022年卫生健康工作总结', '发布时间: 2023-01-05 来源:本站', PLAN_BODY].join('\n'),
		);
		expect(decision.rule).toBe('default');
	});

	it('does not take a title that names 政府信息公开 for a disclosure catalogue', () => {
		const decision = decide(
			[
				'嵩明县卫生健康局2025年政府信息公开工作年度报告',
				'嵩明县卫生健康局2025年政府信息公开工作年度报告',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.rule).toBe('default');
	});

	it('reads an address outside .gov.cn when it is given one', () => {
		const decision = decideProvenance({ ...BARE, url: 'https://youlai.cn/toutiao/6857557.html' });
		expect(decision.provenance).toBe('reprint');
		expect(decision.evidence).toContain('网址「youlai.cn」');
	});

	it('falls back to reprint on a bare text, and says that nothing showed either way', () => {
		const decision = decide(
			['临淄区卫健局2019年重点工作', PLAN_BODY, '纳入区卫健委年度考核。'].join('\n'),
		);
		expect(decision).toEqual({
			provenance: 'reprint',
			rule: 'default',
			evidence: DEFAULT_EVIDENCE,
		});
		expect(decision.evidence).toBe(
			'未见政府网站的公开信息，也未见范文网站标记：按转载处理；如确为政府网站原文，请改为 official',
		);
	});

	it('does not take an official plan part heading (第一篇 …) for a site part number', () => {
		expect(decide(['某省卫生健康发展规划', '第一篇 发展基础', PLAN_BODY].join('\n')).rule).toBe(
			'default',
		);
	});
});

describe('unofficial: a template or document-sharing site', () => {
	const compilation = [
		'县卫生健康局工作总结和工作思路(实用3篇)',
		'时间:2023-12-28 00:33:44 作者:灵魂曲',
		'卫生工作总结是对卫生工作过程中的经验和教训的一次归纳和总结。小编为大家整理了一些优秀的卫生工作总结范文,供大家参考和学习。',
		'卫生健康局上半年工作总结',
		'xxxx年上半年，x县卫生健康局扎实推进各项工作。',
		'卫生健康局工作思路',
		'一、加强基层卫生。当前隐藏内容免费查看推进医共体建设。',
		'卫生健康局年度工作总结',
		'一年来，我局圆满完成了各项任务。',
	].join('\n');

	it('gives every part of a compilation the compilation’s provenance and names the marks', () => {
		const { documents } = run(compilation);
		expect(documents).toHaveLength(3);
		for (const document of documents) {
			expect(document.metadata.provenance).toBe('unofficial');
			expect(document.markdown).toContain('\nprovenance: unofficial\n');
			const { evidence } = document.provenance;
			expect(evidence).toContain('范文网站的标记「实用3篇」「小编为大家整理」');
			expect(evidence).toContain('「当前隐藏内容免费查看」');
			expect(evidence).toContain('模板占位符「xxxx年」「x县」');
		}
	});

	it('reads a site part number (第1篇) and 范文 in a title', () => {
		const decision = decide(['第1篇 2016年人口委后两年工作计划范文', PLAN_BODY].join('\n'));
		expect(decision.provenance).toBe('unofficial');
		expect(decision.evidence).toContain('「第1篇」「范文」');
	});

	it('reads the furniture of a document-sharing site', () => {
		const decision = decide(
			[
				'县卫健委2023年度工作总结',
				'VIP专免',
				'2024-01-07 999+ 16.55KB 15 页 海报',
				'侵权投诉',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('unofficial');
		expect(decision.evidence).toContain('「VIP专免」「海报」「侵权投诉」');
	});

	it('reads a placeholder year in the title, and a year left empty there', () => {
		expect(decide(['全市卫生健康系统20XX年工作总结报告', PLAN_BODY].join('\n')).evidence).toBe(
			'见到模板占位符「20XX年」',
		);
		expect(decide(['区卫计局年度卫生计生工作总结及工作计划', PLAN_BODY].join('\n')).evidence).toBe(
			'见到模板占位符「（空缺）年」',
		);
	});

	it('wins over government-page facts copied along with the text', () => {
		const decision = decide(
			[
				'索引号: 000357739/2019-122',
				'2019年卫生工作总结(精选5篇)',
				'2019年卫生工作总结',
				PLAN_BODY,
			].join('\n'),
		);
		expect(decision.provenance).toBe('unofficial');
		expect(decision.evidence).toContain('「精选5篇」');
	});
});

describe('the import report', () => {
	it('states the provenance and the evidence, with the file path', () => {
		const report = formatImportReport(
			run(['临淄区卫健局2019年重点工作', PLAN_BODY].join('\n')).report,
			'content/plans',
		);
		expect(report).toContain(
			`content/plans/unknown/2019-priorities.md: 来源判定为 reprint（转载）：${DEFAULT_EVIDENCE}\n`,
		);
	});

	it('asks the editor to correct a decision made on evidence', () => {
		expect(
			describeProvenance({
				provenance: 'unofficial',
				rule: 'template-site',
				evidence: '见到范文网站的标记「实用14篇」',
			}),
		).toBe(
			'来源判定为 unofficial（非官方文本）：见到范文网站的标记「实用14篇」；如判断有误，请改 provenance 字段',
		);
	});
});

/** A bare text as the importer sees it: no chrome, no metadata. */
const BARE: ProvenanceInput = {
	lines: [{ no: 1, text: '2019年是新中国成立70周年。' }],
	removals: [],
	metadata: {},
	siteOwners: [],
	titles: ['临淄区卫健局2019年重点工作'],
	notice: false,
};
