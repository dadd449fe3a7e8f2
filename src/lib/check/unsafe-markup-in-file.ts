import { parsePlanMarkdown } from '../outline.ts';
import { splitFrontMatter } from './front-matter.ts';
import { findUnsafeMarkup, type UnsafeMarkup, type UnsafeMarkupOptions } from './unsafe-markup.ts';

/**
 * Runs {@link findUnsafeMarkup} over a whole plan file, parsing its body as the build does (MDX
 * for .mdx files), and reports file lines. An MDX syntax error is reported as a problem too: the
 * build could not render the file either.
 * @param text the file's text, front matter included
 * @param options `mdx` for an .mdx file, and the allowed MDX components
 * @returns the problems, in line order, with 1-based file lines
 */
export function findUnsafeMarkupInFile(text: string, options: UnsafeMarkupOptions & { mdx: boolean }): UnsafeMarkup[] {
	const { body, bodyLineOffset } = splitFrontMatter(text);
	let tree;
	try {
		tree = parsePlanMarkdown(body, { mdx: options.mdx });
	} catch (error) {
		const { line, reason } = error as { line?: number; reason?: string };
		return [{
			line: bodyLineOffset + (line ?? 1),
			message: `MDX 语法错误：${reason ?? String(error)}`,
			fix: '检查这一行的 <、>、{、}：原文里的这些符号请写成 \\<、\\{、\\}；HTML 注释 <!-- --> 在 MDX 中不能用',
		}];
	}
	return findUnsafeMarkup(tree, options).map((problem) => ({ ...problem, line: bodyLineOffset + problem.line }));
}
