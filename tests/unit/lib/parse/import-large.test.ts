import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../../../scripts/lib/seed-text.ts';
import { importPlanText } from '../../../../src/lib/parse/index.ts';
import { IMPORTED_ON, readProjectRegions, SEEDS_DIR } from '../../../import/helpers.ts';

const MB = 2 ** 20;
const seeds = readdirSync(SEEDS_DIR)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => readFileSync(new URL(name, SEEDS_DIR), 'utf8'));

// How the import time grows with the input is measured by `npm run bench:import`, not here.
describe('importing 10 MB of seed text', () => {
	it('finishes and keeps the text', { timeout: 600_000 }, () => {
		const result = importPlanText(seedText(seeds, 10 * MB, 'lines'), 'ten-megabytes.txt', {
			importedOn: IMPORTED_ON,
			regions: readProjectRegions(),
		});
		expect(result.report.notes.filter((note) => note.includes('内部错误'))).toEqual([]);
		expect(result.documents.length).toBeGreaterThan(0);
		const written = result.documents.reduce((sum, document) => sum + document.markdown.length, 0);
		// 10 MB of mostly three-byte UTF-8 is about 3.5 million characters.
		expect(written).toBeGreaterThan(3_000_000);
	});
});
