import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentRoot, checkFiles } from '../../scripts/lib/check-content-root.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { materialiseContentCase } from '../support/content-cases.ts';
import { REPO_ROOT, TMP_DIR } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

/** A content root with the shared regions and topics and one 2019 plan of qinhuangdao. */
const ROOT = join(TMP_DIR, 'new-plan', 'content');

const newPlan = (...args: string[]) => runScript('scripts/new-plan.ts', args, { CONTENT_DIR: ROOT });
const FILE = join(ROOT, 'plans/qinhuangdao/2026-priorities.md');

beforeAll(() => {
	rmSync(join(TMP_DIR, 'new-plan'), { recursive: true, force: true });
	materialiseContentCase('valid', 'draft-that-is-valid', ROOT);
});

// Each step starts Node and reads the national list: seconds on a busy runner.
describe('npm run new', { timeout: 60_000 }, () => {
	it('writes a draft with every field that passes the real content check, alone and with the whole root', async () => {
		const made = await newPlan('--region', 'qinhuangdao', '--year', '2026', '--kind', '要点');
		expect(made.code).toBe(0);
		expect(made.stdout).toContain('已创建 content/plans/qinhuangdao/2026-priorities.md（河北省秦皇岛市，2026，要点）');
		const text = readFileSync(FILE, 'utf8');
		for (const field of ['title', 'region', 'agency', 'year', 'kind', 'provenance', 'published', 'index_no', 'doc_no', 'disclosure', 'subject_class', 'source', 'imported', 'notice', 'flags', 'draft']) {
			expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
		}
		// The command the new file's message ends with, as editors run it.
		const checked = await runScript('scripts/check-content.ts', [FILE]);
		expect(checked).toMatchObject({ code: 0, stdout: '内容检查通过：1 份文件，没有发现问题。\n' });
		expect(checkContentRoot(ROOT)).toEqual({ problems: [], planCount: 2 });
	});

	it('never replaces an existing file and names the -2 file instead; --suffix 2 makes it', async () => {
		writeFileSync(FILE, readFileSync(FILE, 'utf8').replace('draft: true', 'draft: true\n# 编辑改过'));
		const before = readFileSync(FILE, 'utf8');
		const again = await newPlan('--region', 'qinhuangdao', '--year', '2026', '--kind', 'priorities');
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('✖ content/plans/qinhuangdao/2026-priorities.md 已经存在，不会覆盖它。');
		expect(again.stderr).toContain('npm run new -- --region qinhuangdao --year 2026 --kind 要点 --suffix 2');
		expect(readFileSync(FILE, 'utf8')).toBe(before);
		const second = await newPlan('--region', 'qinhuangdao', '--year', '2026', '--kind', '要点', '--suffix', '2');
		expect(second.code).toBe(0);
		expect(checkFiles([join(ROOT, 'plans/qinhuangdao/2026-priorities-2.md')], { root: ROOT, repo: REPO_ROOT, base: REPO_ROOT }).problems).toEqual([]);
	});

	it('refuses an unknown region with a Chinese message and writes nothing', async () => {
		const region = await newPlan('--region', 'qinhuangdoa', '--year', '2026', '--kind', '要点');
		expect(region.code).toBe(1);
		expect(region.stderr).toContain('✖ 未知的地区 id“qinhuangdoa”。\n是不是：qinhuangdao（河北省秦皇岛市）？');
		expect(existsSync(join(ROOT, 'plans/qinhuangdoa'))).toBe(false);
	});

	it('lets the check refuse the placeholders once the editor sets draft: false without filling them in', () => {
		writeFileSync(FILE, readFileSync(FILE, 'utf8').replace('draft: true', 'draft: false'));
		const { problems } = checkFiles([FILE], { root: ROOT, repo: REPO_ROOT, base: REPO_ROOT });
		expect(problems.map(formatProblem)[0]).toMatch(/^content\/plans\/qinhuangdao\/2026-priorities\.md:2: 还有未填写的占位文字“【待填写：文件标题/);
		expect(problems.length).toBe(7);
	});
});
