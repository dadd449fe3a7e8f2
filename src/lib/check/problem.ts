/** One thing wrong in a content file, said the way a reviewer would say it. */
export interface ContentProblem {
	/** Path of the file, relative to the repository (content/plans/…). */
	file: string;
	/** 1-based line the problem is on (1 when it concerns the whole file). */
	line: number;
	/** What is wrong, in Chinese. */
	message: string;
	/** How to fix it, in Chinese. */
	fix: string;
}

/**
 * @param problem a problem
 * @returns `file:line: message → fix`, the line an editor reads in the terminal
 */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}:${problem.line}: ${problem.message} → ${problem.fix}`;
}

/**
 * GitHub Actions shows `::error file=…,line=…::` lines as annotations on the pull request's diff.
 * @param problem a problem
 * @returns the workflow command
 */
export function formatGithubAnnotation(problem: ContentProblem): string {
	const escape = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
	return `::error file=${problem.file},line=${problem.line},title=内容检查::${escape(`${problem.message} → ${problem.fix}`)}`;
}
