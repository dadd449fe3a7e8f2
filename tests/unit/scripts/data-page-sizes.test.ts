import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillDataPageSizes } from '../../../scripts/lib/data-page-sizes.ts';
import { fileSizeSlot } from '../../../src/lib/file-size-slots.ts';

describe('fillDataPageSizes', () => {
	const site = mkdtempSync(join(tmpdir(), 'health-plans-data-page-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));
	mkdirSync(join(site, 'data'));

	it('writes the size of each named file, as it is on disk, into the open data page', () => {
		writeFileSync(join(site, 'data/plans.json'), '[{"title":"要点"}]');
		writeFileSync(join(site, 'data/index.html'), `<p>${fileSizeSlot('/data/plans.json')}</p>`);
		fillDataPageSizes(site);
		// 要点 is six bytes in UTF-8: the size is in bytes, not characters.
		expect(readFileSync(join(site, 'data/index.html'), 'utf8')).toBe('<p><data class="file-size" data-file="/data/plans.json" value="20">20 字节</data></p>');
	});

	it('fails, naming the file, when the page lists a file the site does not have', () => {
		writeFileSync(join(site, 'data/index.html'), fileSizeSlot('/data/items.csv'));
		expect(() => fillDataPageSizes(site)).toThrow('data/index.html 列出的 /data/items.csv 不在构建结果中');
	});
});
