import { formatProblem, type ContentProblem } from './problem.ts';

/** What a run of the content check found. */
export interface CheckResult {
	/** The problems, in file and line order. */
	problems: ContentProblem[];
	/** How many plan files were checked. */
	planCount: number;
	/**
	 * What the editor should know about what was and was not checked (a file outside content/,
	 * a file skipped, a list file with problems of its own), in Chinese.
	 */
	notes: string[];
}

/**
 * The closing sentence of a check, the same in `npm run check:content` and in the import report.
 * @param result what the check found
 * @param rerun the command that checks the same files again
 * @returns one line in Chinese
 */
export function checkVerdict(result: CheckResult, rerun: string): string {
	return result.problems.length === 0
		? `内容检查通过：${result.planCount} 份文件，没有发现问题。`
		: `内容检查发现 ${result.problems.length} 个问题（共检查 ${result.planCount} 份文件）。请按箭头后的说明修改后重新运行 ${rerun}。`;
}

/**
 * The check's result as the import report prints it: each problem (`文件:行号: 问题 → 修改方法`),
 * each note, then the verdict.
 * @param result what the check found
 * @param rerun the command that checks the same files again
 * @returns the lines
 */
export function formatCheckSection(result: CheckResult, rerun: string): string[] {
	return [
		'内容检查：',
		...result.problems.map((problem) => `  ✖ ${formatProblem(problem)}`),
		...result.notes.map((note) => `  · ${note}`),
		`  ${checkVerdict(result, rerun)}`,
	];
}

/**
 * The check's result for the summary page of a GitHub Actions run (GITHUB_STEP_SUMMARY), where an
 * editor who opens the failed check reads it, in Markdown.
 * @param result what the check found
 * @param guideUrl the address of .github/CONTRIBUTING.md's table of messages, to link to
 * @returns Markdown
 */
export function formatCheckSummaryMarkdown(result: CheckResult, guideUrl?: string): string {
	const guide = guideUrl ? `[.github/CONTRIBUTING.md 的“检查信息”](${guideUrl})` : '.github/CONTRIBUTING.md 的“检查信息”';
	const escape = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
	const lines = ['## 内容检查', ''];
	if (result.problems.length === 0) {
		lines.push(`通过：${result.planCount} 份文件，没有发现问题。`);
	} else {
		lines.push(
			`发现 ${result.problems.length} 个问题（共检查 ${result.planCount} 份文件）。每个问题也标在“Files changed”里对应的行上；各条信息的意思见 ${guide}。`,
			'',
			'| 文件:行号 | 问题 | 修改方法 |',
			'| --- | --- | --- |',
			...result.problems.map((problem) => `| \`${problem.file}:${problem.line}\` | ${escape(problem.message)} | ${escape(problem.fix)} |`),
		);
	}
	if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `- ${escape(note)}`));
	return `${lines.join('\n')}\n`;
}
