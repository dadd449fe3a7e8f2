/**
 * npm run import -- <raw.txt>… [--out <dir>] [--dry-run]
 *
 * Turns the text of a published plan, as copied from a web page, into plan Markdown files and
 * prints a report in Chinese, ending with the content check of the files written (the same check
 * as `npm run check:content -- <files>`). Thin on purpose: all logic is in src/lib/parse and
 * src/lib/check (pure functions).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CONTENT_ROOT } from '../src/content-root.ts';
import { frontMatterFields } from '../src/lib/check/front-matter.ts';
import { formatCheckSection } from '../src/lib/check/summary.ts';
import { formatImportReport, importPlanText } from '../src/lib/parse/index.ts';
import { keepEditorTopics, replacedProvenance } from '../src/lib/parse/keep-editor-topics.ts';
import { parseImportArgs } from './lib/args.ts';
import { checkFiles, readCheckContext } from './lib/check-content-root.ts';
import { listExistingPlans, readRegions } from './lib/plan-files.ts';
import { REPO_ROOT } from './lib/repo-root.ts';

const args = parseImportArgs(process.argv.slice(2));
if ('error' in args) {
	console.error(`✖ ${args.error}`);
	process.exit(1);
}

const { regions, warning } = readRegions(join(CONTENT_ROOT, 'regions.yaml'));
if (warning) console.warn(`⚠ ${warning}`);
// What every raw file's written plans are checked against: read once, not once per raw file.
const checkContext = readCheckContext(CONTENT_ROOT);
const importedOn = new Date().toISOString().slice(0, 10);
let failed = false;

for (const input of args.inputs) {
	let raw: string;
	try {
		raw = readFileSync(input, 'utf8');
	} catch (error) {
		console.error(`✖ 无法读取 ${input}：${(error as Error).message}`);
		failed = true;
		continue;
	}
	const existing = listExistingPlans(args.out);
	const { documents, report } = importPlanText(raw, basename(input), {
		importedOn,
		regions,
		existing,
	});
	const reimportNotes: string[] = [];
	const written = new Map<string, string>();
	for (const document of documents) {
		const target = join(args.out, document.path);
		// Re-importing a source replaces its file; the editor's topic corrections stay, every
		// other field is written afresh (a changed provenance is pointed out).
		const existing = existsSync(target) ? frontMatterFields(readFileSync(target, 'utf8')) : null;
		// The path of an earlier import of a raw file of the same name is reused: said, because a
		// different text saved under a common name (raw.txt) would replace another plan.
		if (existing !== null)
			reimportNotes.push(
				`${args.dryRun ? '将替换' : '替换了'}已有的 ${target}：它是同名原文文件 ${basename(input)} 上一次导入写的。如果这是另一份原文，给原文文件换一个名字再导入（已提交过的文件可以用 git restore 找回）`,
			);
		const { markdown, kept } = existing !== null ? keepEditorTopics(document.markdown, existing) : { markdown: document.markdown, kept: 0 };
		if (kept > 0) reimportNotes.push(`保留了 ${target} 原有的 topics（编辑对 ${kept} 个条目主题的改正）`);
		const replaced = existing !== null ? replacedProvenance(existing, document.provenance.provenance) : null;
		if (replaced)
			reimportNotes.push(
				`${target} 原有的 provenance 为 ${replaced.before}，本次按原文判定写为 ${replaced.after}；如原值是编辑的改正，请改回`,
			);
		written.set(target, markdown);
		if (args.dryRun) continue;
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, markdown);
	}
	console.log(formatImportReport(report, args.out));
	for (const line of reimportNotes) console.log(line);
	if (written.size > 0) {
		// The files as written (or, with --dry-run, as they would be), checked as check:content does.
		const targets = [...written.keys()];
		const texts = args.dryRun ? new Map([...written].map(([target, markdown]) => [resolve(target), markdown])) : undefined;
		const result = checkFiles(targets, { root: CONTENT_ROOT, repo: REPO_ROOT, base: process.cwd(), texts, context: checkContext });
		console.log(formatCheckSection(result, `npm run check:content -- ${targets.join(' ')}`).join('\n'));
	}
	if (args.dryRun) console.log('（--dry-run：未写入文件）');
	if (documents.length === 0) failed = true;
}

process.exit(failed ? 1 : 0);
