import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('the repository content', () => {
	it('passes the content check that pull requests run', () => {
		// The same command editors run; it exits 1 and prints file:line problems when anything is wrong.
		const output = execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: repo, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '' } });
		expect(output).toMatch(/^内容检查通过：\d+ 份文件/);
	});

	it('publishes the five seed documents', () => {
		const files = readdirSync(new URL('../../content/plans/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
		for (const id of ['baotou/2017-priorities', 'linzi/2019-priorities', 'qinhuangdao/2019-priorities', 'shangyu/2025-priorities']) {
			expect(files).toContain(`${id}.md`);
		}
		expect(files.filter((file) => file.startsWith('unknown/')).length).toBeGreaterThanOrEqual(10);
	});
});

describe('the content check', () => {
	it('fails with file and line on broken content', () => {
		const broken = fileURLToPath(new URL('../fixtures/content/invalid/', import.meta.url));
		let output = '';
		try {
			execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: repo, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CONTENT_DIR: broken } });
		} catch (error) {
			output = String((error as { stderr: string }).stderr);
			expect((error as { status: number }).status).toBe(1);
		}
		expect(output).toContain('content/plans/qinhuangdao/2019-priorities.md:12: 编号不连续：上一条同级条目是“（一）”，这一条是“（三）”');
		expect(output).toContain('content/regions.yaml:1: 第 1 项：缺少必填字段 name');
	});

	it('writes GitHub annotations in GitHub Actions', () => {
		const broken = fileURLToPath(new URL('../fixtures/content/invalid/', import.meta.url));
		let stdout = '';
		try {
			execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: repo, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CONTENT_DIR: broken, GITHUB_ACTIONS: 'true' } });
		} catch (error) {
			stdout = String((error as { stdout: string }).stdout);
		}
		expect(stdout).toContain('::error file=content/plans/qinhuangdao/2019-priorities.md,line=12,title=内容检查::编号不连续');
	});
});
