import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';

/**
 * @param path a page path as the site serves it, e.g. /plans/qinhuangdao/2019-priorities/
 * @returns the parsed page from the fixture build
 */
export function readPage(path: string): HTMLElement {
	const file = path.endsWith('/') ? `${path}index.html` : path;
	return parse(readFileSync(join(inject('fixtureDist'), file), 'utf8'));
}

/**
 * @param path a file path under dist, e.g. /data/plans.json
 * @returns the file's text from the fixture build
 */
export function readDistFile(path: string): string {
	return readFileSync(join(inject('fixtureDist'), path), 'utf8');
}

/**
 * @param path a file path under dist, e.g. /data/topics.json
 * @returns the parsed JSON file from the fixture build
 */
export function readDistJson<T>(path: string): T {
	return JSON.parse(readDistFile(path)) as T;
}

/**
 * Reads a CSV twin of the open data as src/lib/csv.ts writes it (RFC 4180: a byte order mark,
 * CRLF line ends, fields with a comma, quote or line break quoted and their quotes doubled).
 * @param path a file path under dist, e.g. /data/comparisons.csv
 * @returns one object per row, keyed by the header's column names; every value as text ('' for null)
 */
export function readDistCsv(path: string): Record<string, string>[] {
	const text = readDistFile(path).replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index++;
		} else field += char;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	const [header, ...records] = rows;
	return records.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index]])));
}

const idsByPage = new Map<string, Set<string>>();

/**
 * @param url a site address with an anchor, e.g. /plans/qinhuangdao/2019-priorities/#s2-2
 * @returns whether the fixture build has the page and the page an element with that id
 */
export function hasAnchor(url: string): boolean {
	const [path, anchor] = url.split('#');
	if (!anchor || !path.endsWith('/') || !existsSync(join(inject('fixtureDist'), path, 'index.html'))) return false;
	let ids = idsByPage.get(path);
	if (!ids) {
		ids = new Set(readPage(path).querySelectorAll('[id]').map((element) => element.id));
		idsByPage.set(path, ids);
	}
	return ids.has(decodeURIComponent(anchor));
}
