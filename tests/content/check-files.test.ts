import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { materialiseContentCase } from '../support/content-cases.ts';
import { REPO_ROOT, TMP_DIR } from '../support/paths.ts';

const run = promisify(execFile);

/** Runs a script as `npm run` does (in the repository root), with a content root and extra environment. */
async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: REPO_ROOT, env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', INIT_CWD: REPO_ROOT, ...env } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

const SCRATCH = join(TMP_DIR, 'check-files');
/** A content root whose only plan has a numbering gap (tests/fixtures/content/invalid/numbering-gap). */
const ROOT = join(SCRATCH, 'content');
/** The same plan outside the content root, in a folder that is not its region, as `import --out` might leave it. */
const OUTSIDE = join(SCRATCH, 'out/hebei/2019-priorities.md');
const shown = (path: string) => relative(REPO_ROOT, path);
const GAP = '编号不连续：上一条同级条目是“（一）”，这一条是“（三）” → 检查是否漏了条目或编号写错；如原文如此，请在 flags 中加入 numbering-gap 并说明';

beforeAll(() => {
	rmSync(SCRATCH, { recursive: true, force: true });
	materialiseContentCase('invalid', 'numbering-gap', ROOT);
	mkdirSync(join(SCRATCH, 'out/hebei'), { recursive: true });
	cpSync(join(ROOT, 'plans/qinhuangdao/2019-priorities.md'), OUTSIDE);
	// A valid plan outside content/, from the valid fixtures.
	mkdirSync(join(SCRATCH, 'good'), { recursive: true });
	cpSync(join(materialiseContentCase('valid', 'draft-that-is-valid', join(SCRATCH, 'valid-root')), 'plans/qinhuangdao/2019-priorities.md'), join(SCRATCH, 'good/2019-priorities.md'));
});

// Each run starts Node and loads the schemas and the national list: seconds on a busy runner.
describe('npm run check:content -- <files>', { timeout: 30_000 }, () => {
	it('checks a file of the content root exactly as the whole check does', async () => {
		const { code, stderr } = await runScript('scripts/check-content.ts', [join(ROOT, 'plans/qinhuangdao/2019-priorities.md')], { CONTENT_DIR: ROOT });
		expect(code).toBe(1);
		expect(stderr).toContain(`✖ content/plans/qinhuangdao/2019-priorities.md:15: ${GAP}\n`);
		expect(stderr).toContain('内容检查发现 1 个问题（共检查 1 份文件）');
	});

	it('checks a file outside content/ (not silently ignored), says its folder was not checked and where it belongs', async () => {
		const { code, stderr } = await runScript('scripts/check-content.ts', [shown(OUTSIDE)], { CONTENT_DIR: ROOT });
		expect(code).toBe(1);
		expect(stderr).toContain(`✖ ${shown(OUTSIDE)}:15: ${GAP}\n`);
		// Its folder is hebei/, its region qinhuangdao: not a problem outside content/, but said.
		expect(stderr).not.toContain('目录下');
		expect(stderr).toContain(
			`· ${shown(OUTSIDE)} 不在 content/plans/ 下：检查了前置信息、文件名（年份、类型）、正文的编号和标记，没有检查它所在的目录（hebei/）是否与 region 一致。放进仓库时应为 content/plans/qinhuangdao/2019-priorities.md，那里已经有同名文件：如果是另一份文件，改名加 -2 后缀（2019-priorities-2.md）；如果是同一份的新版本，替换它，放好后再运行一次 npm run check:content。`,
		);
	});

	it('takes paths relative to the folder the command was typed in, and folders for the plans in them', async () => {
		const { code, stderr } = await runScript('scripts/check-content.ts', ['out'], { CONTENT_DIR: ROOT, INIT_CWD: SCRATCH });
		expect(code).toBe(1);
		expect(stderr).toContain(`✖ ${shown(OUTSIDE)}:15: 编号不连续`);
		expect(stderr).toContain('请按箭头后的说明修改后重新运行 npm run check:content -- out。');
	});

	it('passes a valid file outside content/ and exits 0', async () => {
		const { code, stdout, stderr } = await runScript('scripts/check-content.ts', [shown(join(SCRATCH, 'good/2019-priorities.md'))], { CONTENT_DIR: ROOT });
		expect(code).toBe(0);
		expect(stdout).toBe('内容检查通过：1 份文件，没有发现问题。\n');
		expect(stderr).toContain('不在 content/plans/ 下');
	});

	it('reports a file that does not exist and a file it cannot check, and skips content files that are not plans', async () => {
		const { code, stderr } = await runScript('scripts/check-content.ts', ['no-such-plan.md', 'package.json', join(ROOT, 'regions.yaml')], { CONTENT_DIR: ROOT });
		expect(code).toBe(1);
		expect(stderr).toContain('✖ no-such-plan.md:1: 找不到这个文件 → 检查路径的拼写；相对路径从运行命令的目录算起');
		expect(stderr).toContain('✖ package.json:1: 内容检查不检查这种文件 → 给出 .md 或 .mdx 文件（或它们所在的目录），或 content/ 下的 regions.yaml、topics.yaml、indicators.yaml');
		expect(stderr).toContain('内容检查发现 2 个问题（共检查 0 份文件）');
	});

	it('refuses an option it does not know', async () => {
		const { code, stderr } = await runScript('scripts/check-content.ts', ['--fix'], { CONTENT_DIR: ROOT });
		expect(code).toBe(1);
		expect(stderr).toContain('✖ 不认识的选项 --fix。');
	});

	it('writes the problems as annotations and as a table on the Actions summary page', async () => {
		const summary = join(SCRATCH, 'step-summary.md');
		writeFileSync(summary, '');
		const { code, stdout } = await runScript('scripts/check-content.ts', [], { CONTENT_DIR: ROOT, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
		expect(code).toBe(1);
		expect(stdout).toContain(`::error file=content/plans/qinhuangdao/2019-priorities.md,line=15,title=内容检查::${GAP}\n`);
		expect(readFileSync(summary, 'utf8')).toContain(`| \`content/plans/qinhuangdao/2019-priorities.md:15\` | ${GAP.replace(' → ', ' | ')} |`);
	});
});
