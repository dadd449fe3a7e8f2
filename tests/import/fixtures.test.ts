import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImportReport, importPlanText } from '../../src/lib/parse/index.ts';
import { FIXTURE_REGIONS, goldenMarkdown, IMPORTED_ON, RAW_DIR } from './helpers.ts';

const cases = readdirSync(RAW_DIR)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => name.replace(/\.txt$/, ''));

describe('raw fixture → Markdown golden files', () => {
	it('has fixtures to run', () => {
		expect(cases.length).toBeGreaterThanOrEqual(15);
	});

	for (const name of cases) {
		it(name, async () => {
			const raw = readFileSync(new URL(`${name}.txt`, RAW_DIR), 'utf8');
			const result = importPlanText(raw, `${name}.txt`, {
				importedOn: IMPORTED_ON,
				regions: FIXTURE_REGIONS,
			});
			await expect(goldenMarkdown(result)).toMatchFileSnapshot(`../fixtures/expected/${name}.md`);
			await expect(formatImportReport(result.report)).toMatchFileSnapshot(
				`../fixtures/expected/${name}.report.txt`,
			);
		});
	}
});
