/**
 * npm run import -- <raw.txt>… [--out <dir>] [--dry-run]
 *
 * Turns the text of a published plan, as copied from a web page, into plan Markdown files and
 * prints a report in Chinese. Thin on purpose: all logic is in src/lib/parse (pure functions).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatImportReport, importPlanText } from '../src/lib/parse/index.ts';
import { parseImportArgs } from './lib/args.ts';
import { listExistingPlans, readRegions } from './lib/plan-files.ts';

const args = parseImportArgs(process.argv.slice(2));
if ('error' in args) {
	console.error(`✖ ${args.error}`);
	process.exit(1);
}

const { regions, warning } = readRegions('content/regions.yaml');
if (warning) console.warn(`⚠ ${warning}`);
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
	if (!args.dryRun) {
		for (const document of documents) {
			const target = join(args.out, document.path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, document.markdown);
		}
	}
	console.log(formatImportReport(report, args.out));
	if (args.dryRun) console.log('（--dry-run：未写入文件）');
	if (documents.length === 0) failed = true;
}

process.exit(failed ? 1 : 0);
