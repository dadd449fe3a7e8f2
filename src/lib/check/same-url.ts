import type { ContentProblem } from './problem.ts';

/**
 * A plan's URL is its path without the extension, so x.md and x.mdx side by side would share one.
 * @param path a plan file's path
 * @returns the file that would have the same URL: x.mdx for x.md, x.md for x.mdx
 */
export function twinPath(path: string): string {
	return path.endsWith('.mdx') ? path.slice(0, -'x'.length) : path.replace(/\.md$/, '.mdx');
}

/**
 * @param file a plan file as the repository names it (content/plans/<region>/<name>.md)
 * @param twin its .md or .mdx twin, as the repository names it
 * @returns the problem of the two sharing one URL, reported on `file`
 */
export function sameUrlProblem(file: string, twin: string): ContentProblem {
	const id = file.replace(/^content\/plans\//, '').replace(/\.mdx?$/, '');
	return { file, line: 1, message: `与 ${twin} 的网址相同（${id}）`, fix: '同一文件只保留 .md 或 .mdx 之一，或给其中一个改名' };
}
