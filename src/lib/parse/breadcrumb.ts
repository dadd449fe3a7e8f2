/**
 * Breadcrumbs: the navigation trail a government CMS prints above a document
 * (`首页 > 政务公开 > 信息公开目录 > …`, `您当前所在位置: 首页>政府信息公开>…>工作计划`). They
 * are page chrome, never a title, even when their last step is 工作计划 or 工作总结.
 */

/** A trail that says what it is: 当前位置：… */
const NAMED =
	/^(?:您?(?:现在|当前)?(?:所在)?的?位置|当前所在位置|所在位置|当前位置)\s*[:：]/;
/** The separators between steps. */
const SEPARATOR = /\s*(?:>>|>|»|›|＞|→)\s*/;

/**
 * Tells whether a line is a breadcrumb trail.
 * @param text a trimmed line
 * @returns true for a navigation trail
 */
export function isBreadcrumb(text: string): boolean {
	if (text.length > 160) return false;
	if (NAMED.test(text)) return true;
	const steps = text.split(SEPARATOR).filter((step) => step !== '');
	if (steps.length < 2 || !SEPARATOR.test(text)) return false;
	// Every step is a short menu name: no sentence punctuation, no long text.
	if (!steps.every((step) => step.length <= 20 && !/[，,。；;！？]/.test(step))) return false;
	// The trail starts at the home page, or continues a trail from the line above (>政务频道 >…).
	return /^(?:网站)?首页/.test(steps[0]) || /^\s*(?:>>|>|»|›|＞)/.test(text);
}
