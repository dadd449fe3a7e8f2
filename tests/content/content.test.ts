import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

// The check runs as a child process, as in CI: give it time on a busy runner.
describe('the repository content', { timeout: 30_000 }, () => {
	it('passes the content check that pull requests run', () => {
		// The same command editors run; it exits 1 and prints file:line problems when anything is wrong.
		const output = execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: repo, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' } });
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
