import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { buildSearchRecords, type SearchItemInput, type SearchPlanInput } from '../lib/search/records.ts';
import { SEARCH_INCLUDED_CHARACTERS } from '../lib/search/tokenize.ts';

const RECORD_BATCH = 256;

/**
 * Builds the Pagefind index into `<outDir>/pagefind/` at the end of every `astro build`, so the
 * index can never be stale or missing, and fails the build on any Pagefind error rather than
 * publishing a site whose search silently finds nothing.
 *
 * The index is made from the open data the build has just written (data/plans.json,
 * data/items.json and data/synonyms.json), as one custom record per item with bigram tokens (src/lib/search), not from
 * the HTML: Pagefind's own Chinese segmentation misses and mismatches too much (see README).
 * The last log line states the indexing time in a fixed form that `npm run bench` reads.
 * @returns the Astro integration
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'health-plans:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(site, path), 'utf8')) as T;
				const records = buildSearchRecords(
					await readJson<SearchPlanInput[]>('data/plans.json'),
					await readJson<SearchItemInput[]>('data/items.json'),
					await readJson<string[][]>('data/synonyms.json'),
				);
				const { index, errors } = await createIndex({ includeCharacters: SEARCH_INCLUDED_CHARACTERS });
				try {
					if (!index || errors.length) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
					// Batches keep Pagefind's service busy without queueing every record at once.
					for (let start = 0; start < records.length; start += RECORD_BATCH) {
						const batch = records.slice(start, start + RECORD_BATCH);
						const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
						results.forEach((added, offset) => {
							if (added.errors.length) throw new Error(`Pagefind 无法索引 ${batch[offset].url}：${added.errors.join('; ')}`);
						});
					}
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('; ')}`);
					const seconds = (performance.now() - started) / 1000;
					logger.info(`Pagefind 已索引 ${records.length} 条记录，用时 ${seconds.toFixed(3)} 秒`);
				} finally {
					await close();
				}
			},
		},
	};
}
