/**
 * The open data page states each data file's size, but the page is rendered while Astro is still
 * writing those files, and the search index step writes more after it. So the page holds a slot
 * per file, and the index step, the last to write into dist/, fills each slot with the size of
 * the file as written (scripts/lib/data-page-sizes.ts).
 */
import { formatFileSize } from './format.ts';

/** An unfilled slot; `npm run dev` and a bare `astro build` show its dash. */
const SLOT = /<span class="file-size" data-file="([^"]+)">—<\/span>/g;

/**
 * @param path the file's address on the site, e.g. /data/items.json (the site's own addresses
 *   hold no quotes or angle brackets)
 * @returns the HTML of a slot for its size
 */
export function fileSizeSlot(path: string): string {
	return `<span class="file-size" data-file="${path}">—</span>`;
}

/**
 * @param html a page with slots (fileSizeSlot)
 * @param sizeOf the size in bytes of the file at an address (throws when there is none)
 * @returns the page with each slot replaced by the file's size: the exact bytes in `value`, the
 *   readable size as text
 */
export function fillFileSizes(html: string, sizeOf: (path: string) => number): string {
	return html.replace(SLOT, (_slot, path: string) => {
		const bytes = sizeOf(path);
		return `<data class="file-size" data-file="${path}" value="${bytes}">${formatFileSize(bytes)}</data>`;
	});
}
