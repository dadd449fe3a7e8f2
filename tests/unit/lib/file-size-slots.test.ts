import { describe, expect, it } from 'vitest';
import { fileSizeSlot, fillFileSizes } from '../../../src/lib/file-size-slots.ts';

describe('file size slots', () => {
	it('fills each slot with the exact bytes as its value and the readable size as its text', () => {
		const html = `<li>items.json ${fileSizeSlot('/data/items.json')}</li><li>items.csv ${fileSizeSlot('/data/items.csv')}</li>`;
		const sizes: Record<string, number> = { '/data/items.json': 35_328, '/data/items.csv': 641 };
		expect(fillFileSizes(html, (path) => sizes[path])).toBe(
			'<li>items.json <data class="file-size" data-file="/data/items.json" value="35328">34.5 KB</data></li>' +
				'<li>items.csv <data class="file-size" data-file="/data/items.csv" value="641">641 字节</data></li>',
		);
	});

	it("asks for the size of each slot's file and leaves the rest of the page as it is", () => {
		const asked: string[] = [];
		const html = `<p>—</p>${fileSizeSlot('/data/plans.json')}`;
		expect(fillFileSizes(html, (path) => (asked.push(path), 1))).toBe('<p>—</p><data class="file-size" data-file="/data/plans.json" value="1">1 字节</data>');
		expect(asked).toEqual(['/data/plans.json']);
	});

	it('passes on the failure when a slot names a file that is not there', () => {
		expect(() =>
			fillFileSizes(fileSizeSlot('/data/missing.json'), (path) => {
				throw new Error(`no ${path}`);
			}),
		).toThrow('no /data/missing.json');
	});
});
