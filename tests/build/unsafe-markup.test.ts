import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { CONTENT_CASES_DIR, materialiseContentCase } from '../support/content-cases.ts';
import { TMP_DIR } from '../support/paths.ts';

/**
 * One build of two plans with unsafe markup, a .md with a raw <script> and an .mdx with a
 * component that is not allowed (the .mdx under another name, so the two do not share a URL):
 * the build must stop and name both, file and line.
 */
let failure = '';
// A full build: well over the project's 30 s default on a busy runner.
beforeAll(async () => {
	// Its own folder: tests/content materialises the same case, which would delete the .mdx mid-build.
	const root = materialiseContentCase('invalid', 'raw-script', join(TMP_DIR, 'unsafe-content'));
	copyFileSync(join(CONTENT_CASES_DIR, 'invalid/mdx-forbidden-component/plans/qinhuangdao/2019-priorities.mdx'), join(root, 'plans/qinhuangdao/2018-priorities.mdx'));
	// A cache of its own, emptied: a cached entry is not rendered again, and would not report.
	const cacheDir = join(TMP_DIR, 'astro-cache', 'unsafe');
	rmSync(cacheDir, { recursive: true, force: true });
	try {
		await buildSite({ contentDir: root, outDir: join(TMP_DIR, 'unsafe-dist'), cacheDir });
	} catch (error) {
		failure = String(error);
	}
}, 180_000);

describe('the build refuses unsafe markup rather than publishing it', () => {
	it('stops on a raw <script> in a .md plan, naming file and line', () => {
		expect(failure).toContain('content/plans/qinhuangdao/2019-priorities.md:17: 不允许的 HTML 标签 <script>：会在读者的浏览器里执行脚本');
	});

	it('stops on a component that is not allowed in an .mdx plan, naming file and line', () => {
		expect(failure).toContain('content/plans/qinhuangdao/2018-priorities.mdx:17: MDX 中不允许使用的组件/表达式：<Chart>');
	});
});
