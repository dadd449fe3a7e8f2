/**
 * Measurements taken inside a page (pass them to page.evaluate): each is self-contained, since
 * Playwright sends the function's source to the browser.
 */

/**
 * Text in table cells that a narrow column has squeezed: a text of two or more characters laid
 * out one character per line, or a number (with the 年/月/日/% after it) broken over two lines,
 * as in 20/25年 or 202/5年3/月31/日.
 * @returns a description of each squeezed text, at most ten
 */
export function findSqueezedTableText(): string[] {
	const problems: string[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	// Text the page hides for sight but keeps for screen readers (a clipped 1 px box) is not laid out to be read.
	const clippedAway = (element: Element) => {
		for (let current: Element | null = element; current; current = current.parentElement) {
			const box = current.getBoundingClientRect();
			if ((box.width <= 1 || box.height <= 1) && getComputedStyle(current).overflow !== 'visible') return true;
		}
		return false;
	};
	const lineTops = (range: Range) => new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
	for (let node = walker.nextNode(); node && problems.length < 10; node = walker.nextNode()) {
		const text = node.textContent ?? '';
		const cell = node.parentElement?.closest('td, th');
		if (!cell || text.trim().length < 2 || clippedAway(cell)) continue;
		const range = document.createRange();
		// Characters per line: one range per character (surrogate pairs kept together).
		const perLine = new Map<number, number>();
		let offset = 0;
		for (const char of text) {
			range.setStart(node, offset);
			range.setEnd(node, offset + char.length);
			offset += char.length;
			if (!char.trim()) continue;
			for (const top of lineTops(range)) perLine.set(top, (perLine.get(top) ?? 0) + 1);
		}
		if (perLine.size > 1 && Math.max(...perLine.values()) < 2) problems.push(`one character per line: “${text.trim()}”`);
		for (const match of text.matchAll(/\d+(?:\.\d+)?[年月日%]?/g)) {
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			if (lineTops(range).size > 1) problems.push(`“${match[0]}” broken over lines in “${text.trim()}”`);
		}
	}
	return problems;
}

/**
 * Visible text set smaller than `min` CSS pixels. Chart labels are left out: an SVG scales with
 * its viewBox, so their computed size is not the size on screen.
 * @param min the smallest font size allowed, in CSS pixels
 * @returns a description of each small text, at most ten
 */
export function findSmallText(min: number): string[] {
	const problems: string[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node && problems.length < 10; node = walker.nextNode()) {
		const element = node.parentElement;
		const text = node.textContent?.trim() ?? '';
		if (!element || !text || element.closest('svg, .visually-hidden, .skip-link')) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		if (range.getClientRects().length === 0) continue;
		const size = Number.parseFloat(getComputedStyle(element).fontSize);
		if (size < min - 0.01) problems.push(`${size} px: <${element.tagName.toLowerCase()} class="${element.className}"> “${text.slice(0, 20)}”`);
	}
	return problems;
}
