import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { listSectionPages } from '../support/site-files.ts';

const fixtureDist = inject('fixtureDist');
const rewordedDist = inject('rewordedDist');

/** @returns the item anchors of a plan page and the text of its items' headings */
function readItems(dist: string, path: string): { ids: string[]; headings: string } {
	const headings = parse(readFileSync(join(dist, path, 'index.html'), 'utf8')).querySelectorAll(
		'.plan-body :is(h2, h3, h4, h5, h6)[id]',
	);
	return {
		ids: headings.map((heading) => heading.id),
		headings: headings.map((heading) => heading.text).join('\n'),
	};
}

describe('permalinks after every heading and paragraph was reworded', async () => {
	const pages = await listSectionPages(fixtureDist, 'plans');

	it('the fixture has plan pages with items to check', () => {
		expect(pages.length).toBeGreaterThan(2);
		expect(pages.flatMap((path) => readItems(fixtureDist, path).ids).length).toBeGreaterThan(10);
	});

	it.each(pages)('%s keeps every item anchor', (path) => {
		const original = readItems(fixtureDist, path);
		const reworded = readItems(rewordedDist, path);
		// The rewording reached the page: otherwise the test would prove nothing.
		if (original.ids.length > 0) expect(reworded.headings).toContain('经修订');
		expect(reworded.ids).toEqual(expect.arrayContaining(original.ids));
	});
});
