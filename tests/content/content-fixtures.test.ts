import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../scripts/lib/check-content-root.ts';
import { formatGithubAnnotation, formatProblem } from '../../src/lib/check/problem.ts';
import { listContentCases, materialiseContentCase } from '../support/content-cases.ts';
import { runScript } from '../support/run-script.ts';

/**
 * The one message each malformed fixture must produce, exactly as editors read it
 * (`file:line: 问题 → 修改方法`). Each folder of tests/fixtures/content/invalid/ is named for its
 * reason and holds only what differs from tests/fixtures/content/base/.
 */
const EXPECTED: Record<string, string> = {
	'data-url-image':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的图片地址“data:image/svg+xml;base64,PHN2ZyBvbmxvYW…”：图片只能是本站 public/ 下的文件 → 把图片存到 public/images/ 下，写成 /images/文件名，或删除这张图片',
	'draft-with-numbering-gap':
		'content/plans/qinhuangdao/2019-priorities.md:16: 编号不连续：上一条同级条目是“（一）”，这一条是“（三）” → 检查是否漏了条目或编号写错；如原文如此，请在 flags 中加入 numbering-gap 并说明',
	'empty-flag-note':
		'content/plans/qinhuangdao/2019-priorities.md:9: flags 第 1 项的 note：质量标记的 note 不能为空 → 请说明具体问题',
	'empty-title':
		'content/plans/qinhuangdao/2019-priorities.md:2: title 不能为空 → 请填写文件标题',
	'external-image':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的图片地址“https://example.com/chart.png”：图片只能是本站 public/ 下的文件 → 把图片存到 public/images/ 下，写成 /images/文件名，或删除这张图片',
	'file-outside-region-directory':
		'content/plans/2019-priorities.md:1: 文件位置不符合约定 → 文件应放在 content/plans/<地区id>/<年份>-<类型>.md，例如 content/plans/baotou/2017-priorities.md',
	'heading-without-space':
		'content/plans/qinhuangdao/2019-priorities.md:15: 标题的 # 后面缺少空格：“###（二）完善分级诊疗。” → 在 # 和编号之间加一个空格，写成“### （二）完善分级诊疗。”；不加空格这一行就不是标题，后面的编号也会显得不连续',
	'heading-level-jump':
		'content/plans/qinhuangdao/2019-priorities.md:17: 标题层级跳跃：“（1）跳过了两级。”比上一个标题深了 2 级 → 把这一行开头的 # 改为 ####，或补上缺少的上级标题',
	'invalid-published-date':
		'content/plans/qinhuangdao/2019-priorities.md:7: published：日期“2019-02-30”无效 → 请写成 YYYY-MM-DD，例如 2019-04-12；不知道就写 null',
	'item-marker-only':
		'content/plans/qinhuangdao/2019-priorities.md:17: 条目“（三）”只有编号，没有标题 → 在编号后写上条目标题（原文第一句），或删除这一行',
	'javascript-link':
		'content/plans/qinhuangdao/2019-priorities.md:13: 不安全的链接地址“javascript:alert(1)”：只允许 http、https、mailto、tel 网址和站内地址 → 改为原文的 https:// 或 http:// 网址，或删除这个链接',
	'javascript-link-encoded':
		'content/plans/qinhuangdao/2019-priorities.md:13: 不安全的链接地址“javascript:alert(1)”：只允许 http、https、mailto、tel 网址和站内地址 → 改为原文的 https:// 或 http:// 网址，或删除这个链接',
	'kind-not-matching-file-name':
		'content/plans/qinhuangdao/2019-priorities.md:5: 文件名 2019-priorities 与 year、kind 不符，应为 2019-plan → 把文件改名为 2019-plan.md（同一地区同年同类有多份时加后缀，如 2019-plan-2.md），或改正 year / kind',
	'mdx-export':
		'content/plans/qinhuangdao/2019-priorities.mdx:17: MDX 中不允许使用的组件/表达式：export 语句“export const target = 60;” → 删除这一行：文件正文不能导入或导出代码',
	'mdx-expression':
		'content/plans/qinhuangdao/2019-priorities.mdx:13: MDX 中不允许使用的组件/表达式：{60 + 30} → 删除花括号里的表达式；原文里的花括号请写成 \\{ 和 \\}',
	'mdx-forbidden-component':
		'content/plans/qinhuangdao/2019-priorities.mdx:17: MDX 中不允许使用的组件/表达式：<Chart> → 删除这个组件；只能使用 src/components/mdx/ 中的组件（目前没有）',
	'mdx-html-comment':
		'content/plans/qinhuangdao/2019-priorities.mdx:17: MDX 语法错误：Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`) → 检查这一行的 <、>、{、}：原文里的这些符号请写成 \\<、\\{、\\}；HTML 注释 <!-- --> 在 MDX 中不能用',
	'mdx-import':
		'content/plans/qinhuangdao/2019-priorities.mdx:9: MDX 中不允许使用的组件/表达式：import 语句“import Chart from "../../../src/componen…” → 删除这一行：文件正文不能导入或导出代码',
	'missing-front-matter':
		'content/plans/qinhuangdao/2019-priorities.md:1: 文件开头缺少 YAML 前置信息（front matter） → 在文件第一行写 ---，接着写 title、region、year、kind 等字段，再以 --- 结束',
	'missing-title':
		'content/plans/qinhuangdao/2019-priorities.md:2: 缺少必填字段 title → 加上 title: …（字段说明见 content/README.md；原文没有写明的写 null）',
	'numbering-duplicate':
		'content/plans/qinhuangdao/2019-priorities.md:15: 编号重复：“（一）”与上一条同级条目编号相同 → 改正其中一条的编号；如原文如此，请在 flags 中加入 numbering-gap 并说明',
	'numbering-gap':
		'content/plans/qinhuangdao/2019-priorities.md:15: 编号不连续：上一条同级条目是“（一）”，这一条是“（三）” → 检查是否漏了条目或编号写错；如原文如此，请在 flags 中加入 numbering-gap 并说明',
	'numbering-restart':
		'content/plans/qinhuangdao/2019-priorities.md:17: 编号重新开始：上一条同级条目是“（二）”，这一条又从“（一）”开始 → 如果这里开始了新的部分，请在前面加上该部分的标题（如 ## 下半年工作思路）；如原文如此，请在 flags 中加入 numbering-restart 并说明',
	'onclick-attribute':
		'content/plans/qinhuangdao/2019-priorities.md:13: 不允许的 HTML 属性 onclick（在 <span> 上）：事件属性会执行脚本 → 删除 onclick 属性',
	'placeholder-left-in-published-plan':
		'content/plans/qinhuangdao/2019-priorities.md:14: 还有未填写的占位文字“【待填写：这一条其余的文字】” → 换成原文的文字（原文没有的：正文里删除这一行，前置信息里写 null）；还没填完就把 draft 改回 true',
	'raw-base':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的 HTML 标签 <base>：会改变页面上所有链接的指向 → 删除这段 HTML，正文请用 Markdown 书写（可用的少数 HTML 标签见 content/README.md 的“正文里的 HTML”）',
	'raw-form':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的 HTML 标签 <form>：会生成可以提交到别处的表单 → 删除这段 HTML，正文请用 Markdown 书写（可用的少数 HTML 标签见 content/README.md 的“正文里的 HTML”）',
	'raw-iframe':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的 HTML 标签 <iframe>：会嵌入其他网页 → 删除这段 HTML，正文请用 Markdown 书写（可用的少数 HTML 标签见 content/README.md 的“正文里的 HTML”）',
	'raw-meta-refresh':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的 HTML 标签 <meta>：会改变页面的跳转、编码或安全设置 → 删除这段 HTML，正文请用 Markdown 书写（可用的少数 HTML 标签见 content/README.md 的“正文里的 HTML”）',
	'raw-object':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的 HTML 标签 <object>：会嵌入插件或其他网页 → 删除这段 HTML，正文请用 Markdown 书写（可用的少数 HTML 标签见 content/README.md 的“正文里的 HTML”）',
	'raw-script':
		'content/plans/qinhuangdao/2019-priorities.md:17: 不允许的 HTML 标签 <script>：会在读者的浏览器里执行脚本 → 删除这段 HTML，正文请用 Markdown 书写（可用的少数 HTML 标签见 content/README.md 的“正文里的 HTML”）',
	'region-not-matching-directory':
		'content/plans/qinhuangdao/2019-priorities.md:3: region 为 hebei，但文件在 qinhuangdao/ 目录下 → 把文件移到 content/plans/hebei/，或改正 region',
	'regions-bad-code':
		'content/regions.yaml:12: 第 3 项：code 必须是六位行政区划代码 → 例如 130300，不知道就写 null',
	'regions-duplicate-id':
		'content/regions.yaml:12: id “qinhuangdao”重复 → 每个 id 只能出现一次：删除重复的一项或改用别的 id',
	'regions-missing-name':
		'content/regions.yaml:12: 第 3 项：缺少必填字段 name → 加上 name: …（字段说明见 content/README.md；原文没有写明的写 null）',
	'regions-unknown-level':
		'content/regions.yaml:12: 第 3 项：level 不是已知的行政级别 → 请写 省、市、区、县 之一',
	'regions-unknown-parent':
		'content/regions.yaml:12: parent “qinhuangdaoo”不存在 → 把 parent 改为本文件或全国行政区划表中已有的地区 id，或写 null',
	'regions-yaml-syntax-error':
		'content/regions.yaml:4: 不是有效的 YAML：列表项（- 开头的行）的缩进不对（bad indentation of a sequence entry） → 检查这一行的缩进、冒号和引号',
	'same-url-md-and-mdx':
		'content/plans/qinhuangdao/2019-priorities.mdx:1: 与 content/plans/qinhuangdao/2019-priorities.md 的网址相同（qinhuangdao/2019-priorities） → 同一文件只保留 .md 或 .mdx 之一，或给其中一个改名',
	'source-url-not-a-url':
		'content/plans/qinhuangdao/2019-priorities.md:8: source.url 不是完整网址 → 请写以 http:// 或 https:// 开头的网址，不知道就写 null',
	'style-url-javascript':
		'content/plans/qinhuangdao/2019-priorities.md:13: 不允许的 HTML 属性 style（在 <span> 上）：内联样式可以加载外部地址（如 url(javascript:…)），本站的安全策略也不执行它 → 删除 style 属性',
	'topics-duplicate-id':
		'content/topics.yaml:8: id “family-doctor”重复 → 每个 id 只能出现一次：删除重复的一项或改用别的 id',
	'topics-unknown-parent':
		'content/topics.yaml:8: parent “medicine”不存在 → 把 parent 改为本文件中已有的 id，或写 null',
	'unclosed-front-matter':
		'content/plans/qinhuangdao/2019-priorities.md:1: 前置信息没有结束：开头的 --- 之后找不到另一行 --- → 在前置信息的最后一个字段之后单独写一行 ---，再写正文',
	'unknown-field-typo':
		'content/plans/qinhuangdao/2019-priorities.md:7: 未知字段 agnecy → 删除或改正这些字段名（字段表见 content/README.md）',
	'unknown-kind':
		'content/plans/qinhuangdao/2019-priorities.md:5: kind 不是已知的文件类型 → 请写 要点、计划、总结、总结与计划、规划、方案、年度报告、自查报告、述职报告、其他 之一',
	'unknown-quality-flag':
		'content/plans/qinhuangdao/2019-priorities.md:8: flags 第 1 项的 code：未知的质量标记 → 请使用 compilation-part、agency-mismatch、placeholder-year、placeholder-name、spam-removed、no-disclosure-metadata、date-without-separators、title-cut-guessed、numbering-gap、numbering-restart、year-from-body、truncated-source、merged-bodies 之一',
	'unknown-region':
		'content/plans/beidaihee/2019-priorities.md:3: 未知的地区“beidaihee” → 使用全国行政区划表或 content/regions.yaml 中的地区 id（怎样查见 content/README.md 的“地区”），表中还没有的新地区先加到 regions.yaml',
	'yaml-syntax-error':
		'content/plans/qinhuangdao/2019-priorities.md:7: 前置信息不是有效的 YAML：双引号没有配对（unexpected end of the stream within a double quoted scalar） → 检查这一行的缩进、冒号和引号；含冒号的文字请用引号括起来',
	'year-not-a-number':
		'content/plans/qinhuangdao/2019-priorities.md:4: year 必须是数字年份 → 写成 2019 这样的四位数字，不知道就写 null',
	'year-not-matching-file-name':
		'content/plans/qinhuangdao/2019-priorities.md:4: year 必须与文件名一致：文件名是 2019，year 是 2018 → 把文件改名为 2018-priorities.md（同一地区同年同类有多份时加后缀，如 2018-priorities-2.md），或改正 year / kind',
	'year-out-of-range':
		'content/plans/qinhuangdao/2019-priorities.md:4: year 不能早于 1949 → 请核对年份',
};

/** Runs `npm run check:content` as CI does, on one content root. */
const runCli = (contentDir: string, env: Record<string, string> = {}) => runScript('scripts/check-content.ts', [], { ...env, CONTENT_DIR: contentDir });

describe('malformed content fixtures', () => {
	it('has a golden message for every fixture folder, and at least 30 of them', () => {
		expect(Object.keys(EXPECTED).sort()).toEqual(listContentCases('invalid'));
		expect(listContentCases('invalid').length).toBeGreaterThanOrEqual(30);
	});

	it.each(listContentCases('invalid'))('%s: one clear Chinese message with file and line', (name) => {
		const { problems } = checkContentRoot(materialiseContentCase('invalid', name));
		expect(problems.map(formatProblem)).toEqual([EXPECTED[name]]);
	});
});

describe('valid content fixtures', () => {
	it.each(listContentCases('valid'))('%s passes the check', (name) => {
		expect(checkContentRoot(materialiseContentCase('valid', name)).problems.map(formatProblem)).toEqual([]);
	});
});

/** Each run starts Node and loads the schemas: seconds on a busy 2-core runner. */
const CLI_TIMEOUT = 30_000;

describe('npm run check:content', { timeout: CLI_TIMEOUT }, () => {
	it.each(['raw-script', 'numbering-gap', 'regions-duplicate-id'])('prints the message of %s and exits 1', async (name) => {
		const { code, stderr } = await runCli(materialiseContentCase('invalid', name));
		expect(code).toBe(1);
		expect(stderr).toContain(`✖ ${EXPECTED[name]}\n`);
	});

	it('passes a valid file saved with a BOM and Windows line ends, and exits 0', async () => {
		const { code, stdout } = await runCli(materialiseContentCase('valid', 'bom-and-crlf'));
		expect(code).toBe(0);
		expect(stdout).toMatch(/^内容检查通过：1 份文件/);
	});

	it.each(['raw-script', 'unknown-region', 'mdx-forbidden-component'])('writes %s as a GitHub annotation when GITHUB_ACTIONS=true', async (name) => {
		const root = materialiseContentCase('invalid', name);
		const [problem] = checkContentRoot(root).problems;
		const { code, stdout } = await runCli(root, { GITHUB_ACTIONS: 'true' });
		expect(code).toBe(1);
		const annotation = formatGithubAnnotation(problem);
		expect(annotation).toBe(`::error file=${problem.file},line=${problem.line},title=内容检查::${EXPECTED[name].slice(`${problem.file}:${problem.line}: `.length)}`);
		expect(stdout.split('\n')).toContain(annotation);
	});
});
