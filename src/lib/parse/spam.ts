/**
 * Click-bait inserts of template sites, removed wherever they appear in a line. Only exact
 * phrases: a generic pattern would eat real sentences about 下载 or 查看.
 */
const SPAM_PHRASES: readonly RegExp[] = [
	/当前隐藏内容免费查看/g,
	/(?:此处)?隐藏内容(?:免费)?查看/g,
	/[（(]?此处隐藏\d+字[）)]?/g,
	/(?:点击)?(?:免费)?(?:查看|下载)(?:完整)?全文/g,
	/本文(?:来源于|转载自)网络[，,]?(?:如有侵权请联系删除)?/g,
];

/**
 * Removes spam inserts from a line.
 * @param text a line of the document
 * @returns the text without the inserts and the inserts removed, in order
 */
export function removeSpam(text: string): { text: string; removed: string[] } {
	const removed: string[] = [];
	let cleaned = text;
	for (const phrase of SPAM_PHRASES) {
		cleaned = cleaned.replace(phrase, (match) => {
			removed.push(match);
			return '';
		});
	}
	return { text: cleaned, removed };
}
