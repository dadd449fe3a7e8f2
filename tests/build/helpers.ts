import { readFileSync } from 'node:fs';
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
