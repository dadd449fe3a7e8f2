import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storeModuleReadingFile } from '../../../src/integrations/data-store-from-file.ts';

describe('storeModuleReadingFile', () => {
	const folder = mkdtempSync(join(tmpdir(), 'health-plans-store-'));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	// With the characters JSON escapes.
	const store = JSON.stringify([{ id: 'guangdong/2024', body: '<p>推进“互联网+医疗健康”，😀 \\ "引号"\n</p>'.repeat(100) }]);
	const astroModule = `export default JSON.parse(${JSON.stringify(store)})`;

	it('moves the store into a file that the new module reads back as the same value', async () => {
		const file = join(folder, 'store.json');
		const moved = storeModuleReadingFile(astroModule, file);
		expect(moved).not.toBeNull();
		expect(moved!.json).toBe(store);
		expect(moved!.code.length).toBeLessThan(200);
		writeFileSync(file, moved!.json);
		const modulePath = join(folder, 'store.mjs');
		writeFileSync(modulePath, moved!.code);
		const { default: value } = (await import(pathToFileURL(modulePath).href)) as { default: unknown };
		expect(value).toEqual(JSON.parse(store));
	});

	it('leaves an empty store and the chunked form alone', () => {
		expect(storeModuleReadingFile('export default new Map()', join(folder, 'x.json'))).toBeNull();
		expect(storeModuleReadingFile('export default{"plans":[(await import("astro:data-layer-content-chunk:a.json"))]}', join(folder, 'x.json'))).toBeNull();
	});
});
