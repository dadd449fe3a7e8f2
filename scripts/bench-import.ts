/**
 * `npm run bench:import`: times the importer on raw texts of 0.5, 1, 2 and 4 MB made from the
 * seeds (one after another, and the same text as one line, as seed 003 is), and prints a table
 * and, last, one JSON line with the median times and the growth ratios. Linear work gives a
 * ratio near 4 for four times the input (4 MB / 1 MB, 2 MB / 0.5 MB); quadratic work gives 16.
 * Timings live here rather than in the tests, where a busy machine made them fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importPlanText } from '../src/lib/parse/index.ts';
import { readRegions } from './lib/plan-files.ts';
import { REPO_ROOT } from './lib/repo-root.ts';
import { median } from './lib/site-metrics.ts';
import { SEED_TEXT_SHAPES, seedText, type SeedTextShape } from './lib/seed-text.ts';

const SIZES_MB = [0.5, 1, 2, 4] as const;
const RUNS = 5;
const MB = 2 ** 20;

const seedsDir = join(REPO_ROOT, '../shared/seeds');
const seeds = readdirSync(seedsDir)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => readFileSync(join(seedsDir, name), 'utf8'));
const { regions } = readRegions(join(REPO_ROOT, 'content/regions.yaml'));

const results: Record<string, { sizes: { mb: number; ms: number }[]; ratio4to1: number; ratio2to05: number }> = {};
for (const shape of Object.keys(SEED_TEXT_SHAPES) as SeedTextShape[]) {
	const ms = new Map<number, number>();
	for (const size of SIZES_MB) {
		const raw = seedText(seeds, size * MB, shape);
		const times: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			const started = performance.now();
			importPlanText(raw, 'bench.txt', { importedOn: '2026-01-01', regions });
			times.push(performance.now() - started);
		}
		ms.set(size, Math.round(median(times)));
	}
	const ratio = (larger: number, smaller: number) => Number((ms.get(larger)! / ms.get(smaller)!).toFixed(2));
	results[shape] = { sizes: SIZES_MB.map((mb) => ({ mb, ms: ms.get(mb)! })), ratio4to1: ratio(4, 1), ratio2to05: ratio(2, 0.5) };
	console.log(`${shape}: ${SIZES_MB.map((size) => `${size} MB ${ms.get(size)} ms`).join(', ')}; 4 MB / 1 MB ${results[shape].ratio4to1}, 2 MB / 0.5 MB ${results[shape].ratio2to05}`);
}
console.log(JSON.stringify({ runs: RUNS, ...results }));
