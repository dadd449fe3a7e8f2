/** The search page's status line, read out to screen readers (role="status"). */

export const SEARCHING_STATUS = '正在搜索…';

/** A file that did not load is fetched again on the next search (json-files.ts, pagefind-loader.ts). */
export const LOAD_FAILED_STATUS = '搜索数据未能全部加载，请检查网络后重新搜索。';

/**
 * @param typed the query as typed, when it has nothing searchable
 * @returns a hint when something was typed, else nothing
 */
export function describeUnsearchable(typed: string): string {
	return typed ? '请输入汉字、字母或数字。' : '';
}

/**
 * @param results the terms searched, how many results and plans are shown, and whether any is left
 * @returns what the results shown so far are
 */
export function describeResults({ terms, shown, plans, exhausted }: { terms: string; shown: number; plans: number; exhausted: boolean }): string {
	if (!exhausted) return `已显示 ${shown} 条含“${terms}”的结果，还有更多。`;
	return shown === 0 ? `没有找到含“${terms}”的条目。` : `在 ${plans} 份文件中找到 ${shown} 条含“${terms}”的结果。`;
}
