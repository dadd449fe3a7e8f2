import type { Root } from 'mdast';
import { formatProblem } from './check/problem.ts';
import { findUnsafeMarkup } from './check/unsafe-markup.ts';

/** Options of {@link remarkSafeMarkup}. */
export interface SafeMarkupOptions {
	/** Names of the MDX components editors may use (the files of src/components/mdx/). */
	allowedComponents: readonly string[];
	/** Turns a file's absolute path into the path editors know, e.g. content/plans/…/2019-priorities.md. */
	displayPath: (path: string) => string;
	/** Reads a source file, to turn lines of the parsed body into lines of the file. */
	readSource: (path: string) => string;
}

/**
 * How many file lines precede the text remark parsed. Astro hands remark a .md body without its
 * front matter (and trimmed), but an .mdx file whole with the front matter blanked out; finding
 * the parsed text in the file covers both.
 * @param source the file as stored
 * @param parsed the text remark parsed
 * @returns the number of lines to add to a parsed line to get the file line
 */
export function parsedLineOffset(source: string, parsed: string): number {
	const at = parsed.trim() === '' ? -1 : source.indexOf(parsed);
	return at <= 0 ? 0 : (source.slice(0, at).match(/\n/g)?.length ?? 0);
}

/**
 * Remark plugin: fails the build when a plan contains markup that could run script or load content
 * from elsewhere (see {@link findUnsafeMarkup}). It throws rather than strips, so nothing in a
 * public disclosure is silently altered: the editor gets the same `file:line: 问题 → 修改方法`
 * lines as from `npm run check:content`.
 * @param options the allowed MDX components and how to name and read files
 * @returns the transformer
 */
export function remarkSafeMarkup(options: SafeMarkupOptions) {
	return (tree: Root, file: { path?: string; value?: unknown }) => {
		const found = findUnsafeMarkup(tree, { allowedComponents: options.allowedComponents });
		if (!found.length) return;
		let offset = 0;
		try {
			if (file.path) offset = parsedLineOffset(options.readSource(file.path), String(file.value ?? ''));
		} catch {
			// Lines of the body are still worth reporting when the file cannot be read again.
		}
		const path = file.path ? options.displayPath(file.path) : '（未知文件）';
		const lines = found.map((problem) => formatProblem({ file: path, ...problem, line: problem.line + offset }));
		throw new Error(`正文含有不允许的 HTML 或 MDX，构建已停止：\n${lines.join('\n')}`);
	};
}
