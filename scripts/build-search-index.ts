/**
 * The second step of `npm run build`: builds the search index of the site `astro build` has just
 * written (OUT_DIR, default dist/), and exits non-zero on any Pagefind error, so the build fails
 * rather than publishing a site whose search silently finds nothing.
 *
 * It runs in its own process, after Astro's has ended, because Astro keeps everything it built in
 * memory until it exits, and a Pagefind process holds its whole shard in memory while it writes
 * it: run at the same time, the two would add up.
 *
 * The index is made from the open data the build has written (data/plans.json, data/items.json
 * and data/synonyms.json), as one page of bigram tokens per plan (src/lib/search/records.ts), not
 * from the site's HTML: Pagefind's own Chinese segmentation misses and mismatches too much (see
 * src/lib/search/README.md). Plans go into shards of PLANS_PER_SEARCH_SHARD, each written by a
 * fresh Pagefind process, so that memory stays bounded (src/lib/search/shards.ts). Pagefind's
 * result fragments are replaced by the site's search texts, one small file per plan named by
 * Pagefind's page id, a file of each page's year, and one of where each shard's index chunks
 * start (for prefix terms, src/lib/search/chunks.ts); the last line states the indexing time in
 * a fixed form that `npm run bench` reads. Having the open data at hand, it also writes each plan's
 * own data file (dist/data/plans/<id>.json, scripts/lib/plan-data-files.ts) and a copy of its
 * source file (dist/data/plans/<id>.md): ten thousand tiny routes cost Astro far more than writing
 * the files here. Being the last to write data files, it fills in their sizes on the open data
 * page (scripts/lib/data-page-sizes.ts).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { OUTPUT_ROOT, PLANS_PER_SEARCH_SHARD, SEARCH_INDEX_CHUNK_SIZE } from '../src/content-root.ts';
import type { SynonymGroups } from '../src/lib/search/query.ts';
import { groupSearchInputs, type SearchItemInput, type SearchPlanInput } from '../src/lib/search/records.ts';
import { SEARCH_CHUNK_STARTS_PATH, SEARCH_YEARS_PATH, splitIntoShards } from '../src/lib/search/shards.ts';
import { fillDataPageSizes } from './lib/data-page-sizes.ts';
import { copyPlanSourceFiles, planDataFiles, writePlanDataFiles } from './lib/plan-data-files.ts';
import type { ShardJob, ShardYears, WrittenShard } from './lib/search-index-shard.ts';

const started = performance.now();
const site = OUTPUT_ROOT;
try {
	if (!existsSync(join(site, 'data/plans.json'))) {
		throw new Error(`${join(site, 'data/plans.json')} 不存在：请先运行 astro build（npm run build 会依次运行两步）。`);
	}
	const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(site, path), 'utf8')) as T;
	const synonyms = await readJson<SynonymGroups>('data/synonyms.json');
	// An item's topics are indexed with their broader topics (groupSearchInputs).
	const topicParents = new Map((await readJson<{ id: string; parent: string | null }[]>('data/topics.json')).map((topic) => [topic.id, topic.parent]));
	const planRecords = await readJson<(SearchPlanInput & { source_file: string })[]>('data/plans.json');
	const itemRecords = await readJson<SearchItemInput[]>('data/items.json');
	const planFiles = await writePlanDataFiles(site, planDataFiles(planRecords, itemRecords, await readJson<{ plan: string }[]>('data/indicators.json')));
	console.log(`[search-index] 已写出 ${planFiles} 份文件的数据（data/plans/<id>.json）`);
	await copyPlanSourceFiles(site, planRecords);
	// The open data page states the sizes of the files as written, so this follows the last of them.
	fillDataPageSizes(site);
	const inputs = groupSearchInputs(planRecords, itemRecords, topicParents);
	const shards = splitIntoShards(inputs, PLANS_PER_SEARCH_SHARD);
	// One shard at a time: each Pagefind process holds its whole shard in memory, so the peak
	// stays that of one shard whatever the number of plans; on a 2-core machine shards written in
	// parallel save little time for a much higher peak. The first shard is the primary: the
	// others are written into folders inside its own.
	const years: ShardYears = {};
	const chunkStarts: string[][] = [];
	for (const [shard, shardInputs] of shards.entries()) {
		const written = await writeShard({ inputs: shardInputs, synonyms, site, shard });
		Object.assign(years, written.years);
		chunkStarts.push(written.chunkStarts);
	}
	await writeFile(join(site, SEARCH_YEARS_PATH), JSON.stringify(years));
	await writeFile(join(site, SEARCH_CHUNK_STARTS_PATH), JSON.stringify(chunkStarts));
	const seconds = (performance.now() - started) / 1000;
	console.log(`[search-index] Pagefind 已索引 ${inputs.length} 条记录（${shards.length} 个分片），用时 ${seconds.toFixed(3)} 秒`);
} catch (error) {
	console.error(`[search-index] 搜索索引生成失败：${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}

/**
 * Writes a shard in a worker thread, with a Pagefind process of its own that ends afterwards and
 * frees its memory.
 * @param job the shard's plans and where its files go
 * @returns the year of each of its page ids, and where its index chunks start
 */
function writeShard(job: ShardJob): Promise<WrittenShard> {
	return new Promise((done, fail) => {
		let written: WrittenShard | undefined;
		// Pagefind reads its chunk size only from this variable (1.6.0 has no option for it).
		const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(SEARCH_INDEX_CHUNK_SIZE) };
		const worker = new Worker(new URL('./lib/search-index-shard.ts', import.meta.url), { workerData: job, env });
		worker.once('message', (message: WrittenShard) => (written = message));
		worker.once('error', fail);
		worker.once('exit', (code) =>
			code === 0 && written ? done(written) : fail(new Error(`Pagefind 分片 ${job.shard} 的进程退出，代码 ${code}`)),
		);
	});
}
