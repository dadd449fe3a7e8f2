import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/repo-root.ts';

describe('the search index step of npm run build', () => {
	const empty = mkdtempSync(join(tmpdir(), 'health-plans-no-site-'));
	afterAll(() => rmSync(empty, { recursive: true, force: true }));

	it('fails with a Chinese message, and no index, when astro build has not written the site', () => {
		const run = spawnSync(process.execPath, ['scripts/build-search-index.ts'], {
			cwd: REPO_ROOT,
			env: { ...process.env, OUT_DIR: empty },
			encoding: 'utf8',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`搜索索引生成失败：${join(empty, 'data/plans.json')} 不存在：请先运行 astro build`);
		expect(run.stdout).not.toContain('已索引');
	});
});
