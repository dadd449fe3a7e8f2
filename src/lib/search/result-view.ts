import { buildExcerpt, type ExcerptPart } from './excerpt.ts';
import { provenanceTagHtml } from '../provenance.ts';
import type { SearchHit } from './hits.ts';

/** How many characters of a heading are shown around its first match. */
const TITLE_CONTEXT = 200;

/** The part of the DOM's Document the results are built with. */
export type ResultDocument = Pick<Document, 'createElement'>;

/**
 * @param document makes the elements
 * @param parent where the parts go
 * @param parts an excerpt's parts, the matches marked
 */
function appendParts(document: ResultDocument, parent: HTMLElement, parts: readonly ExcerptPart[]): void {
	for (const part of parts) parent.append(part.match ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
}

/**
 * Builds one search result: the linked heading, the plan's facts, and the text around the
 * first match, every match marked.
 * @param document makes the elements (the page's; a test's fake)
 * @param hit the result
 * @param highlight the terms to mark: the query's terms and their synonyms
 * @returns the list item
 */
export function renderResult(document: ResultDocument, hit: SearchHit, highlight: readonly string[]): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const heading = document.createElement('h2');
	heading.className = 'search-result__title';
	const link = document.createElement('a');
	link.href = hit.url;
	appendParts(document, link, buildExcerpt(hit.title || hit.url, highlight, TITLE_CONTEXT).parts);
	heading.append(link);
	const facts = document.createElement('p');
	facts.className = 'search-result__meta';
	// An item names its plan; a plan's own result has its title in the heading already.
	facts.textContent = [hit.isPlan ? '' : hit.plan, hit.region, hit.year, hit.kind].filter(Boolean).join(' · ');
	// The tag's markup is the site's own, from a fixed list (provenance.ts), never the plan's text.
	if (hit.provenance) facts.insertAdjacentHTML('beforeend', provenanceTagHtml(hit.provenance));
	item.append(heading, facts);
	if (hit.text) {
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		appendParts(document, excerpt, buildExcerpt(hit.text, highlight).parts);
		item.append(excerpt);
	}
	return item;
}
