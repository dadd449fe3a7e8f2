/**
 * `npm run check:content [-- <file|folder>…]`: checks content files and tells editors, in Chinese,
 * which file and line is wrong and how to fix it. Without arguments it checks the whole content
 * root; with them, just those files, in content/ or outside it (an import written with --out).
 * Exits 1 when anything is wrong. In GitHub Actions the same problems become annotations on the
 * pull request and a table on the run's summary page.
 */
import { appendFileSync } from 'node:fs';
import { CONTENT_ROOT } from '../src/content-root.ts';
import { formatGithubAnnotation, formatProblem } from '../src/lib/check/problem.ts';
import { checkVerdict, formatCheckSummaryMarkdown, type CheckResult } from '../src/lib/check/summary.ts';
import { checkContentRoot, checkFiles } from './lib/check-content-root.ts';
import { REPO_ROOT } from './lib/repo-root.ts';

const inputs = process.argv.slice(2);
const option = inputs.find((input) => input.startsWith('--'));
if (option) {
	console.error(`✖ 不认识的选项 ${option}。用法：npm run check:content（检查全部内容），或 npm run check:content -- 文件或目录…`);
	process.exit(1);
}

// npm runs scripts in the repository root; INIT_CWD is where the editor typed the command.
const result: CheckResult =
	inputs.length === 0
		? { ...checkContentRoot(CONTENT_ROOT), notes: [] }
		: checkFiles(inputs, { root: CONTENT_ROOT, repo: REPO_ROOT, base: process.env.INIT_CWD || process.cwd() });

for (const problem of result.problems) {
	console.error(`✖ ${formatProblem(problem)}`);
	if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGithubAnnotation(problem));
}
for (const note of result.notes) console.error(`· ${note}`);
const { GITHUB_STEP_SUMMARY, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = process.env;
if (GITHUB_STEP_SUMMARY) {
	const guide = GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_SHA ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/.github/CONTRIBUTING.md#检查信息` : undefined;
	appendFileSync(GITHUB_STEP_SUMMARY, formatCheckSummaryMarkdown(result, guide));
}
const verdict = checkVerdict(result, inputs.length === 0 ? 'npm run check:content' : `npm run check:content -- ${inputs.join(' ')}`);
if (result.problems.length > 0) {
	console.error(`\n${verdict}`);
	process.exit(1);
}
console.log(verdict);
