import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillFileSizes } from '../../src/lib/file-size-slots.ts';

/** The open data page, whose slots name the data files (src/lib/file-size-slots.ts). */
const DATA_PAGE = 'data/index.html';

/**
 * Writes the size of each data file into the open data page, from the files as they are in the
 * built site; run after the last data file is written.
 * @param site the built site (dist/)
 * @throws when the page is missing or names a file the site does not have
 */
export function fillDataPageSizes(site: string): void {
	const page = join(site, DATA_PAGE);
	const sizeOf = (path: string) => {
		try {
			return statSync(join(site, path)).size;
		} catch {
			throw new Error(`${DATA_PAGE} 列出的 ${path} 不在构建结果中`);
		}
	};
	writeFileSync(page, fillFileSizes(readFileSync(page, 'utf8'), sizeOf));
}
