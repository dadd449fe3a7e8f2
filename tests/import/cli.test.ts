import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../scripts/lib/check-content-root.ts';
import { REPO_ROOT, TMP_DIR } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const OUT = join(TMP_DIR, 'import-cli', 'out');
const out = relative(REPO_ROOT, OUT);

const RAW = 'tests/fixtures/raw/notice-wrapper-with-disclosure-metadata.txt';
const WRITTEN = `${out}/unknown/2019-priorities.md`;

beforeAll(() => rmSync(join(TMP_DIR, 'import-cli'), { recursive: true, force: true }));

// The importer and the check each start Node and read the national list: seconds on a busy runner.
describe('npm run import checks what it wrote', { timeout: 60_000 }, () => {
	it('ends the report with the content check of the written file, outside content/ too, as check:content says', async () => {
		const imported = await runScript('scripts/import-plan.ts', [RAW, '--out', out]);
		expect(imported.code).toBe(0);
		const section = imported.stdout.slice(imported.stdout.indexOf('内容检查：'));
		expect(section).toBe(
			[
				'内容检查：',
				`  · ${WRITTEN} 不在 content/plans/ 下：检查了前置信息、文件名（年份、类型）、正文的编号和标记，没有检查它所在的目录（unknown/）是否与 region 一致。放进仓库时应为 content/plans/unknown/2019-priorities.md，放好后再运行一次 npm run check:content。`,
				'  内容检查通过：1 份文件，没有发现问题。',
				'',
			].join('\n'),
		);
		// What npm run check:content -- <file> says of it.
		expect(checkFiles([WRITTEN], { root: join(REPO_ROOT, 'content'), repo: REPO_ROOT, base: REPO_ROOT }).problems).toEqual([]);
	});

	it('lists the problems with file:line when what it wrote does not pass', async () => {
		// An editor's topic correction of an item the new import no longer has: kept on re-import, refused by the check.
		const file = join(REPO_ROOT, WRITTEN);
		writeFileSync(file, readFileSync(file, 'utf8').replace('draft: false', 'draft: false\ntopics:\n  s9: [tcm]'));
		const imported = await runScript('scripts/import-plan.ts', [RAW, '--out', out]);
		expect(imported.code).toBe(0);
		const line = readFileSync(file, 'utf8').split('\n').findIndex((text) => text.startsWith('  s9:')) + 1;
		expect(imported.stdout).toContain(`替换了已有的 ${WRITTEN}：它是同名原文文件 notice-wrapper-with-disclosure-metadata.txt 上一次导入写的。`);
		expect(imported.stdout).toContain(`保留了 ${WRITTEN} 原有的 topics`);
		expect(imported.stdout).toContain(`  ✖ ${WRITTEN}:${line}: topics 里的条目 s9 在正文中不存在 → `);
		expect(imported.stdout).toContain(`  内容检查发现 1 个问题（共检查 1 份文件）。请按箭头后的说明修改后重新运行 npm run check:content -- ${WRITTEN}。`);
	});

	it('checks the files it would write with --dry-run', async () => {
		const imported = await runScript('scripts/import-plan.ts', [RAW, '--dry-run']);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain('内容检查：\n  内容检查通过：1 份文件，没有发现问题。\n（--dry-run：未写入文件）');
	});

	it('matches regions against the content root it checks against, and checks each raw file’s plans after its report', async () => {
		// A content root (CONTENT_DIR) whose regions.yaml gives 秦皇岛市 an id of its own.
		const root = join(TMP_DIR, 'import-cli', 'content');
		mkdirSync(root, { recursive: true });
		writeFileSync(join(root, 'regions.yaml'), "- id: qhd\n  code: '130300'\n");
		writeFileSync(join(root, 'topics.yaml'), readFileSync(join(REPO_ROOT, 'tests/fixtures/content/base/topics.yaml'), 'utf8'));
		const raw = join(TMP_DIR, 'import-cli', 'qinhuangdao.txt');
		writeFileSync(raw, '秦皇岛市卫生健康委员会2019年卫生健康工作要点\n\n一、加强党的建设\n\n（一）深入学习。全面学习党的理论。\n\n二、深化医药卫生体制改革\n\n（一）推进分级诊疗。完善分级诊疗制度。\n');
		const imported = await runScript('scripts/import-plan.ts', [relative(REPO_ROOT, raw), RAW, '--out', out, '--dry-run'], { CONTENT_DIR: root });
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain(`■ ${out}/qhd/2019-priorities.md`);
		const reports = imported.stdout.split('导入报告：').slice(1);
		expect(reports).toHaveLength(2);
		for (const report of reports) expect(report).toContain('内容检查：\n');
		expect(reports[0]).toContain(`放进仓库时应为 content/plans/qhd/2019-priorities.md`);
		expect(reports[0]).toContain('内容检查通过：1 份文件，没有发现问题。');
	});
});
