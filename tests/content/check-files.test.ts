import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../scripts/lib/check-content-root.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { materialiseContentCase } from '../support/content-cases.ts';
import { REPO_ROOT, TMP_DIR } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

/** Runs `npm run check:content -- …` as npm does, on the scratch content root unless told otherwise. */
const runCheck = (args: string[], env: Record<string, string> = {}) => runScript('scripts/check-content.ts', args, { CONTENT_DIR: ROOT, ...env });

const SCRATCH = join(TMP_DIR, 'check-files');
/** A content root whose only plan has a numbering gap (tests/fixtures/content/invalid/numbering-gap). */
const ROOT = join(SCRATCH, 'content');
/** The same plan outside the content root, in a folder that is not its region, as `import --out` might leave it. */
const OUTSIDE = join(SCRATCH, 'out/hebei/2019-priorities.md');
/** A valid plan outside the content root. */
const GOOD = join(SCRATCH, 'good/2019-priorities.md');
const shown = (path: string) => relative(REPO_ROOT, path);
const GAP = '编号不连续：上一条同级条目是“（一）”，这一条是“（三）” → 检查是否漏了条目或编号写错；如原文如此，请在 flags 中加入 numbering-gap 并说明';
const check = (inputs: string[], base = REPO_ROOT) => checkFiles(inputs, { root: ROOT, repo: REPO_ROOT, base });

beforeAll(() => {
	rmSync(SCRATCH, { recursive: true, force: true });
	materialiseContentCase('invalid', 'numbering-gap', ROOT);
	mkdirSync(join(SCRATCH, 'out/hebei'), { recursive: true });
	cpSync(join(ROOT, 'plans/qinhuangdao/2019-priorities.md'), OUTSIDE);
	mkdirSync(join(SCRATCH, 'good'), { recursive: true });
	cpSync(join(materialiseContentCase('valid', 'draft-that-is-valid', join(SCRATCH, 'valid-root')), 'plans/qinhuangdao/2019-priorities.md'), GOOD);
});

describe('checkFiles', () => {
	it('checks a file of the content root exactly as the whole check does', () => {
		const result = check([join(ROOT, 'plans/qinhuangdao/2019-priorities.md')]);
		expect(result.problems.map(formatProblem)).toEqual([`content/plans/qinhuangdao/2019-priorities.md:15: ${GAP}`]);
		expect(result).toMatchObject({ planCount: 1, notes: [] });
	});

	it('checks a file outside content/ in everything but its folder, and says so and where it belongs', () => {
		const result = check([shown(OUTSIDE)]);
		// Its folder is hebei/, its region qinhuangdao: not a problem outside content/, but said.
		expect(result.problems.map(formatProblem)).toEqual([`${shown(OUTSIDE)}:15: ${GAP}`]);
		expect(result.notes).toEqual([
			`${shown(OUTSIDE)} 不在 content/plans/ 下：检查了前置信息、文件名（年份、类型）、正文的编号和标记，没有检查它所在的目录（hebei/）是否与 region 一致。放进仓库时应为 content/plans/qinhuangdao/2019-priorities.md，那里已经有同名文件：如果是另一份文件，改名加 -2 后缀（2019-priorities-2.md）；如果是同一份的新版本，替换它，放好后再运行一次 npm run check:content。`,
		]);
	});

	it('takes paths relative to the folder the command was typed in, and a folder for the plans in it', () => {
		expect(check(['out'], SCRATCH).problems.map(formatProblem)).toEqual([`${shown(OUTSIDE)}:15: ${GAP}`]);
	});

	it('asks for a regions.yaml entry when a plan’s region is not in regions.yaml yet', () => {
		const file = join(SCRATCH, 'good/baotou/2019-priorities.md');
		mkdirSync(join(SCRATCH, 'good/baotou'), { recursive: true });
		writeFileSync(file, readFileSync(GOOD, 'utf8').replace('region: qinhuangdao', 'region: baotou'));
		const result = check([file]);
		expect(result.problems).toEqual([]);
		expect(result.notes).toContain(
			`${shown(file)}：内蒙古自治区包头市（baotou）还没有写进 content/regions.yaml。如果这是它的第一份文件，请在 regions.yaml 末尾加上“- id: baotou”和“code: '150200'”两行（code 前空两格），固定它的 id（见 content/README.md 的“regions.yaml 里写什么”）`,
		);
	});

	it('reports a file that does not exist, a folder without plans and a file it cannot check; checks the YAML lists; skips other content files', () => {
		mkdirSync(join(SCRATCH, 'empty'), { recursive: true });
		writeFileSync(join(ROOT, 'README.md'), '# 说明\n');
		const result = check(['no-such-plan.md', shown(join(SCRATCH, 'empty')), 'package.json', join(ROOT, 'regions.yaml'), join(ROOT, 'README.md')]);
		expect(result.problems.map(formatProblem)).toEqual([
			`no-such-plan.md:1: 找不到这个文件 → 检查路径的拼写；相对路径从运行命令的目录算起（${REPO_ROOT}）`,
			`${shown(join(SCRATCH, 'empty'))}:1: 这个目录里没有 .md 或 .mdx 文件 → 给出要检查的文件，或导入时 --out 写的目录`,
			'package.json:1: 内容检查不检查这种文件 → 给出 .md 或 .mdx 文件（或它们所在的目录），或 content/ 下的 regions.yaml、topics.yaml、indicators.yaml',
		]);
		expect(result.planCount).toBe(0);
		expect(result.notes).toEqual(['跳过 content/README.md：不在 content/plans/ 下，不是发布的文件（内容检查只检查 content/plans/ 下的 .md、.mdx 和 content/ 下的三个 YAML 列表）']);
	});

	it('reports a .md and an .mdx of one URL when either is named', () => {
		const mdx = join(ROOT, 'plans/qinhuangdao/2019-priorities.mdx');
		writeFileSync(mdx, readFileSync(join(ROOT, 'plans/qinhuangdao/2019-priorities.md'), 'utf8'));
		try {
			expect(check([mdx]).problems.map(formatProblem)).toContain(
				'content/plans/qinhuangdao/2019-priorities.mdx:1: 与 content/plans/qinhuangdao/2019-priorities.md 的网址相同（qinhuangdao/2019-priorities） → 同一文件只保留 .md 或 .mdx 之一，或给其中一个改名',
			);
		} finally {
			rmSync(mdx);
		}
	});
});

// Each run starts Node and loads the schemas and the national list: seconds on a busy runner.
describe('npm run check:content -- <files>', { timeout: 30_000 }, () => {
	it('prints each problem and note, and exits 1, for files named relative to where it was typed', async () => {
		const { code, stderr } = await runCheck(['out'], { INIT_CWD: SCRATCH });
		expect(code).toBe(1);
		expect(stderr).toContain(`✖ ${shown(OUTSIDE)}:15: ${GAP}\n`);
		expect(stderr).toContain(`· ${shown(OUTSIDE)} 不在 content/plans/ 下`);
		expect(stderr).toContain('\n内容检查发现 1 个问题（共检查 1 份文件）。请按箭头后的说明修改后重新运行 npm run check:content -- out。\n');
	});

	it('passes a valid file outside content/ and exits 0', async () => {
		const { code, stdout } = await runCheck([shown(GOOD)]);
		expect(code).toBe(0);
		expect(stdout).toBe('内容检查通过：1 份文件，没有发现问题。\n');
	});

	it('refuses an option it does not know', async () => {
		const { code, stderr } = await runCheck(['--fix']);
		expect(code).toBe(1);
		expect(stderr).toContain('✖ 不认识的选项 --fix。');
	});

	it('writes the problems as annotations and as a table on the Actions summary page', async () => {
		const summary = join(SCRATCH, 'step-summary.md');
		writeFileSync(summary, '');
		const { code, stdout } = await runCheck([], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
		expect(code).toBe(1);
		expect(stdout).toContain(`::error file=content/plans/qinhuangdao/2019-priorities.md,line=15,title=内容检查::${GAP}\n`);
		expect(readFileSync(summary, 'utf8')).toContain(`| \`content/plans/qinhuangdao/2019-priorities.md:15\` | ${GAP.replace(' → ', ' | ')} |`);
	});
});
