import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { materialiseContentCase } from '../support/content-cases.ts';
import { TMP_DIR } from '../support/paths.ts';

/** @returns the build's failure output, or '' when it unexpectedly succeeded */
async function buildFailure(name: string): Promise<string> {
	try {
		await buildSite({ contentDir: materialiseContentCase('invalid', name), outDir: join(TMP_DIR, `unsafe-dist-${name}`) });
		return '';
	} catch (error) {
		return String(error);
	}
}

// A full build each: well over the project's 30 s default on a busy runner.
describe('the build refuses unsafe markup rather than publishing it', { timeout: 180_000 }, () => {
	it('stops on a raw <script> in a .md plan, naming file and line', async () => {
		expect(await buildFailure('raw-script')).toContain(
			'content/plans/qinhuangdao/2019-priorities.md:16: 不允许的 HTML 标签 <script>：会在读者的浏览器里执行脚本',
		);
	});

	it('stops on a component that is not allowed in an .mdx plan, naming file and line', async () => {
		expect(await buildFailure('mdx-forbidden-component')).toContain(
			'content/plans/qinhuangdao/2019-priorities.mdx:16: MDX 中不允许使用的组件/表达式：<Chart>',
		);
	});
});
