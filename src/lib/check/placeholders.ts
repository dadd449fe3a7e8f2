/**
 * Placeholders: what `npm run new` writes where the editor still has to put the source's words
 * (`【待填写：文件标题】`). A new file is a draft (`draft: true`), which is not published, and the
 * check accepts placeholders in it; once `draft` is false, every placeholder left is an error, so
 * that a half-filled file cannot reach the public site.
 */

/** How every placeholder starts. No published text starts a phrase with it. */
export const PLACEHOLDER_OPENING = '【待填写';

/**
 * @param what what the editor is to write there, in Chinese
 * @returns the placeholder, e.g. 【待填写：文件标题】
 */
export function placeholder(what: string): string {
	return `${PLACEHOLDER_OPENING}：${what}】`;
}

/**
 * @param text a file's text
 * @returns each placeholder left in it, with its 1-based line (the first of a line only)
 */
export function findUnfilledPlaceholders(text: string): { line: number; text: string }[] {
	return text.split(/\r?\n/).flatMap((content, index) => {
		const start = content.indexOf(PLACEHOLDER_OPENING);
		if (start === -1) return [];
		const end = content.indexOf('】', start);
		return [{ line: index + 1, text: end === -1 ? content.slice(start) : content.slice(start, end + 1) }];
	});
}
