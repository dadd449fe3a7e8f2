import { describe, expect, it } from 'vitest';
import { checkPlanFile } from '../../../../src/lib/check/check-plan.ts';
import { formatGithubAnnotation, formatProblem } from '../../../../src/lib/check/problem.ts';

const regionIds = new Set(['qinhuangdao', 'baotou']);
const topicIds = new Set(['tcm', 'family-doctor']);
const FILE = 'content/plans/qinhuangdao/2019-priorities.md';
const frontMatter = (extra = '') => `---
title: 2019年全市卫生健康工作要点
region: qinhuangdao
year: 2019
kind: 要点
provenance: official
${extra}---
`;
const check = (text: string, file = FILE) => checkPlanFile(file, text, { regionIds, topicIds }).map(formatProblem);

describe('checkPlanFile', () => {
	it('accepts a valid plan, including items numbered continuously across sections', () => {
		expect(check(`${frontMatter()}\n## 一、甲\n\n### （一）子一。\n\n### （二）子二。\n\n## 二、乙\n\n### （三）子三。\n`)).toEqual([]);
	});

	it('accepts numbering that restarts under each section', () => {
		expect(check(`${frontMatter()}\n## 一、甲\n\n### （一）子一。\n\n## 二、乙\n\n### （一）子一。\n`)).toEqual([]);
	});

	it('reports a numbering gap with its file line', () => {
		expect(check(`${frontMatter()}\n## 一、甲\n\n### （一）子一。\n\n### （三）子三。\n`)).toEqual([
			`${FILE}:13: 编号不连续：上一条同级条目是“（一）”，这一条是“（三）” → 检查是否漏了条目或编号写错；如原文如此，请在 flags 中加入 numbering-gap 并说明`,
		]);
	});

	it('lets a documented numbering-gap flag stand for gaps of the source', () => {
		const flags = 'flags:\n  - code: numbering-gap\n    note: 原文缺（二）\n';
		expect(check(`${frontMatter(flags)}\n## 一、甲\n\n### （一）子一。\n\n### （三）子三。\n`)).toEqual([]);
	});

	it('accepts topic overrides that name items and topics that exist', () => {
		const topics = 'topics:\n  s1-1: [family-doctor]\n  s1-2: [+tcm]\n';
		expect(check(`${frontMatter(topics)}\n## 一、甲\n\n### （一）子一。\n\n### （二）子二。\n`)).toEqual([]);
	});

	it('reports a topic override of an unknown topic and of an item the body does not have, at their lines', () => {
		const topics = 'topics:\n  s1-1: [famly-doctor]\n  s9: [tcm]\n';
		expect(check(`${frontMatter(topics)}\n## 一、甲\n\n### （一）子一。\n`)).toEqual([
			`${FILE}:8: topics.s1-1 里的主题 famly-doctor 不存在 → 改成 content/topics.yaml 中已有的主题 id（是不是 family-doctor？），或先在 content/topics.yaml 里添加这个主题`,
			`${FILE}:9: topics 里的条目 s9 在正文中不存在 → 把 s9 改成正文中这一条的锚点（是不是 s1？）（页面上标题旁链接 # 后面那一段；编号改过后锚点也会变），或删除这一行`,
		]);
	});

	it('reports a heading that skips a level', () => {
		expect(check(`${frontMatter()}\n## 一、甲\n\n#### 1.跳级。\n`)).toEqual([
			`${FILE}:11: 标题层级跳跃：“1.跳级。”比上一个标题深了 2 级 → 把这一行开头的 # 改为 ###，或补上缺少的上级标题`,
		]);
	});

	it('reports a repeated number', () => {
		expect(check(`${frontMatter()}\n## 一、甲\n\n## 一、乙\n`)).toEqual([
			`${FILE}:11: 编号重复：“一、”与上一条同级条目编号相同 → 改正其中一条的编号；如原文如此，请在 flags 中加入 numbering-gap 并说明`,
		]);
	});

	it('reports numbering that starts again under the same parent, unless the flag documents it', () => {
		const text = `${frontMatter()}\n## 一、甲\n\n### （一）子一。\n\n### （二）子二。\n\n### （一）又一。\n`;
		expect(check(text)).toEqual([
			`${FILE}:15: 编号重新开始：上一条同级条目是“（二）”，这一条又从“（一）”开始 → 如果这里开始了新的部分，请在前面加上该部分的标题（如 ## 下半年工作思路）；如原文如此，请在 flags 中加入 numbering-restart 并说明`,
		]);
		const flags = 'flags:\n  - code: numbering-restart\n    note: 下半年部分重新编号\n';
		expect(check(text.replace('kind: 要点\n', `kind: 要点\n${flags}`))).toEqual([]);
	});

	it('reports invalid YAML at its line', () => {
		expect(check(`---\ntitle: 甲\nregion: [qinhuangdao\nyear: 2019\n---\n`)[0]).toMatch(/^content\/plans\/qinhuangdao\/2019-priorities\.md:[34]: 前置信息不是有效的 YAML/);
	});

	it('reports a file without front matter', () => {
		expect(check('## 一、甲\n')).toEqual([
			`${FILE}:1: 文件开头缺少 YAML 前置信息（front matter） → 在文件第一行写 ---，接着写 title、region、year、kind 等字段，再以 --- 结束`,
		]);
	});

	it('reports a missing required field in Chinese', () => {
		expect(check(`---\nregion: qinhuangdao\nyear: 2019\nkind: 要点\nprovenance: official\n---\n`)).toEqual([`${FILE}:2: 缺少必填字段 title → 加上 title: …（字段说明见 content/README.md；原文没有写明的写 null）`]);
	});

	it('reports a missing provenance with the values it may take', () => {
		expect(check(frontMatter().replace('provenance: official\n', ''))).toEqual([
			`${FILE}:2: 缺少必填字段 provenance → 加上 provenance: …，请写 official（政府网站发布的原文）、reprint（转载或出处不明的正式文本）或 unofficial（范文、汇编等非官方文本）`,
		]);
	});

	it('reports an unknown region at the region line', () => {
		expect(check(frontMatter().replace('region: qinhuangdao', 'region: qinhuangdao-shi'), FILE)).toContain(
			`${FILE}:3: 未知的地区“qinhuangdao-shi” → 使用全国行政区划表或 content/regions.yaml 中的地区 id（怎样查见 content/README.md 的“地区”），表中还没有的新地区先加到 regions.yaml`,
		);
	});

	it('reports a year that does not match the file name', () => {
		expect(check(frontMatter().replace('year: 2019', 'year: 2018'))).toEqual([
			`${FILE}:4: year 必须与文件名一致：文件名是 2019，year 是 2018 → 把文件改名为 2018-priorities.md（同一地区同年同类有多份时加后缀，如 2018-priorities-2.md），或改正 year / kind`,
		]);
	});

	it('reports a wrong type, an unknown kind, an invalid date and an unknown flag', () => {
		const text = `---\ntitle: 甲\nregion: qinhuangdao\nyear: 二〇一九\nkind: 通知\npublished: 2019-13-45\nflags:\n  - code: made-up\n    note: 随便\nprovenance: official\n---\n`;
		expect(check(text)).toEqual([
			`${FILE}:4: year 必须是数字年份 → 写成 2019 这样的四位数字，不知道就写 null`,
			`${FILE}:5: kind 不是已知的文件类型 → 请写 要点、计划、总结、总结与计划、规划、方案、年度报告、自查报告、述职报告、其他 之一`,
			`${FILE}:6: published：日期“2019-13-45”无效 → 请写成 YYYY-MM-DD，例如 2019-04-12；不知道就写 null`,
			expect.stringMatching(/^content\/plans\/qinhuangdao\/2019-priorities\.md:8: flags 第 1 项的 code：未知的质量标记 → 请使用 compilation-part、/),
		]);
	});

	it('reports a misspelt field instead of ignoring it', () => {
		expect(check(frontMatter('agnecy: 秦皇岛市卫生健康委\n'))).toEqual([
			`${FILE}:7: 未知字段 agnecy → 删除或改正这些字段名（字段表见 content/README.md）`,
		]);
	});

	it('reports a plan outside content/plans/<region>/', () => {
		expect(check(frontMatter(), 'content/plans/2019-priorities.md')[0]).toContain('文件位置不符合约定');
	});

	it('checks a file outside content/ by its name only, not by its folder', () => {
		const outside = (file: string, text = frontMatter()) => checkPlanFile(file, text, { regionIds, topicIds, location: 'outside' }).map(formatProblem);
		expect(outside('out/baotou/2019-priorities.md')).toEqual([]);
		expect(outside('/tmp/draft/2019-priorities-2.md')).toEqual([]);
		expect(outside('out/qinhuangdao/2018-priorities.md')).toEqual([
			'out/qinhuangdao/2018-priorities.md:4: year 必须与文件名一致：文件名是 2018，year 是 2019 → 把文件改名为 2019-priorities.md（同一地区同年同类有多份时加后缀，如 2019-priorities-2.md），或改正 year / kind',
		]);
		expect(outside('draft.md')).toEqual([
			'draft.md:5: 文件名 draft 与 year、kind 不符，应为 2019-priorities → 把文件改名为 2019-priorities.md（同一地区同年同类有多份时加后缀，如 2019-priorities-2.md），或改正 year / kind',
		]);
		// Everything else is checked as in content/.
		expect(outside('out/qinhuangdao/2019-priorities.md', frontMatter().replace('region: qinhuangdao', 'region: qinhuangda'))[0]).toContain('未知的地区“qinhuangda”');
	});

	it('accepts placeholders of npm run new in a draft, and reports each one left once draft is false', () => {
		const body = '\n## 一、【待填写：第一部分的标题】\n\n【待填写：这一条其余的文字；没有就删除这一段，写满二十多个字的占位】\n';
		expect(check(`${frontMatter('draft: true\n')}${body}`)).toEqual([]);
		expect(check(`${frontMatter('draft: false\n')}${body}`)).toEqual([
			`${FILE}:10: 还有未填写的占位文字“【待填写：第一部分的标题】” → 换成原文的文字（原文没有的：正文里删除这一行，前置信息里写 null）；还没填完就把 draft 改回 true`,
			`${FILE}:12: 还有未填写的占位文字“【待填写：这一条其余的文字；没有就删除这一段…】” → 换成原文的文字（原文没有的：正文里删除这一行，前置信息里写 null）；还没填完就把 draft 改回 true`,
		]);
	});
});

describe('formatGithubAnnotation', () => {
	it('writes a GitHub error annotation with file and line', () => {
		expect(formatGithubAnnotation({ file: FILE, line: 7, message: '编号不连续', fix: '改正编号' })).toBe(
			`::error file=${FILE},line=7,title=内容检查::编号不连续 → 改正编号`,
		);
	});
});
