import { renderResult } from '../../lib/search/result-view.ts';
import type { SearchView } from '../../lib/search/search-controller.ts';

/**
 * The search controller's view over the page's elements.
 * @param elements the results list, the status line, the notes above it and the button for more results
 * @returns the view
 */
export function searchView({ list, status, notes, more }: { list: HTMLOListElement; status: HTMLElement; notes: HTMLElement; more: HTMLButtonElement }): SearchView {
	return {
		clear(query) {
			list.replaceChildren();
			// What the tests and the probes wait for: the results of this query, once not busy.
			list.dataset.query = query;
		},
		append(hit, highlight) {
			const item = renderResult(document, hit, highlight);
			list.append(item);
			return { focus: () => item.querySelector('a')?.focus() };
		},
		status(text) {
			status.textContent = text;
		},
		notes(text) {
			notes.textContent = text;
		},
		busy(busy) {
			list.setAttribute('aria-busy', String(busy));
		},
		hideMore(hidden) {
			more.hidden = hidden;
		},
	};
}
