import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../../src/lib/parse/index.ts';
import { IMPORTED_ON, readProjectRegions, SEEDS_DIR } from '../../../import/helpers.ts';

const MB = 2 ** 20;
const regions = readProjectRegions();
const seeds = readdirSync(SEEDS_DIR)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => readFileSync(new URL(name, SEEDS_DIR), 'utf8'));

/** Input shapes: the seeds one after another, and the same text pasted as one line (as seed 003 is). */
const SHAPES = {
	lines: (text: string) => text,
	'one line': (text: string) => text.replace(/\s+/g, ' '),
} as const;

/**
 * Builds a raw text of a given UTF-8 size from the seeds, repeated in order and cut at the size.
 * @param bytes the size in UTF-8 bytes
 * @param shape how the text is laid out
 * @returns the raw text
 */
function seedText(bytes: number, shape: keyof typeof SHAPES): string {
	const parts: string[] = [];
	for (let size = 0, index = 0; size < bytes; index++) {
		const seed = seeds[index % seeds.length];
		parts.push(seed);
		size += Buffer.byteLength(seed) + 1;
	}
	return SHAPES[shape](Buffer.from(parts.join('\n')).subarray(0, bytes).toString());
}

/** Median wall time of importing a text, over a few runs, so that one slow run (GC, a busy CI core) does not decide. */
function medianImportMs(raw: string, runs = 3): number {
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		importPlanText(raw, 'scaling.txt', { importedOn: IMPORTED_ON, regions });
		times.push(performance.now() - started);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

describe.each(Object.keys(SHAPES) as Array<keyof typeof SHAPES>)(
	'importing %s of seed text',
	(shape) => {
		it(
			'takes time that grows about linearly with the size (0.5 → 4 MB)',
			{ timeout: 600_000 },
			() => {
				const times = new Map<number, number>();
				for (const size of [0.5, 1, 2, 4])
					times.set(size, medianImportMs(seedText(size * MB, shape)));
				const summary = [...times]
					.map(([size, ms]) => `${size} MB: ${ms.toFixed(0)} ms`)
					.join(', ');
				// Four times the input may take up to eight times as long (noise, GC); quadratic work takes sixteen.
				expect(times.get(4)! / times.get(1)!, summary).toBeLessThan(8);
				expect(times.get(2)! / times.get(0.5)!, summary).toBeLessThan(8);
			},
		);
	},
);

describe('importing 10 MB of seed text', () => {
	// No time limit is asserted: the point is that it finishes and writes the document.
	it('finishes and keeps the text', { timeout: 600_000 }, () => {
		const result = importPlanText(seedText(10 * MB, 'lines'), 'ten-megabytes.txt', {
			importedOn: IMPORTED_ON,
			regions,
		});
		expect(result.report.notes.filter((note) => note.includes('内部错误'))).toEqual([]);
		expect(result.documents.length).toBeGreaterThan(0);
		const written = result.documents.reduce((sum, document) => sum + document.markdown.length, 0);
		// 10 MB of mostly three-byte UTF-8 is about 3.5 million characters.
		expect(written).toBeGreaterThan(3_000_000);
	});
});
