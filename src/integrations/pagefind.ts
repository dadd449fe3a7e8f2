import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { buildSearchPages, type SearchItemInput, type SearchPage, type SearchPlanInput } from '../lib/search/records.ts';
import { SEARCH_TEXT_PATH, SEARCH_YEARS_PATH, SHARD_FOLDER_PREFIX, searchTextPath, shardPath, splitIntoShards } from '../lib/search/shards.ts';
import { PLANS_PER_SEARCH_SHARD } from '../content-root.ts';
import type { ShardJob } from './pagefind-shard.ts';

/** Shards written at the same time: one per core, each by its own Pagefind process. */
const SHARDS_AT_ONCE = Math.max(1, availableParallelism());

/** What the browser loads of a Pagefind index (the site's own search page does the rest). */
const PAGEFIND_FILES_USED = new RegExp(`^(pagefind\\.js|pagefind-entry\\.json|wasm\\..*\\.pagefind|pagefind\\..*\\.pf_meta|index|filter|${SHARD_FOLDER_PREFIX}\\d+)$`);
/** What only the primary index needs; a merged shard brings its entry, meta, index and filters. */
const PRIMARY_ONLY = /^(pagefind\.js|wasm\..*\.pagefind)$/;

/**
 * Builds the search index at the end of every `astro build`, so it can never be stale or missing,
 * and fails the build on any Pagefind error rather than publishing a site whose search silently
 * finds nothing.
 *
 * The index is made from the open data the build has just written (data/plans.json,
 * data/items.json and data/synonyms.json), as one page of bigram tokens per plan
 * (src/lib/search/records.ts), not from the site's HTML: Pagefind's own Chinese segmentation
 * misses and mismatches too much (see README). Plans go into shards of PLANS_PER_SEARCH_SHARD, each
 * written by a fresh Pagefind process, so that memory stays bounded (src/lib/search/shards.ts).
 * Pagefind's result fragments are replaced by the site's search texts, one small file per plan
 * named by Pagefind's page id, and a file of each page's year; the last log line states the
 * indexing time in a fixed form that `npm run bench` reads.
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
				const pages = buildSearchPages(
					await readJson<SearchPlanInput[]>('data/plans.json'),
					await readJson<SearchItemInput[]>('data/items.json'),
					await readJson<string[][]>('data/synonyms.json'),
				);
				await mkdir(join(site, SEARCH_TEXT_PATH), { recursive: true });
				const years: Record<string, number> = {};
				const shards = splitIntoShards(pages, PLANS_PER_SEARCH_SHARD);
				const outputOf = (shard: number) => join(site, shardPath(shard));
				// Pagefind writes on one core; shards are written side by side, one per core. The
				// first is written alone: it is the folder the others are written into.
				await writeShard(shards[0], outputOf(0));
				await runAtMost(SHARDS_AT_ONCE, shards.length - 1, (rest) => writeShard(shards[rest + 1], outputOf(rest + 1)));
				for (const [shard, shardPages] of shards.entries()) {
					const pageIds = await readPageIds(outputOf(shard));
					await Promise.all(
						shardPages.map((page) => {
							const id = pageIds.get(page.url);
							if (!id) throw new Error(`Pagefind 索引中没有 ${page.url}`);
							years[id] = page.year;
							return writeFile(join(site, searchTextPath(id)), JSON.stringify(page.text));
						}),
					);
					await pruneShard(outputOf(shard), shard === 0);
				}
				await writeFile(join(site, SEARCH_YEARS_PATH), JSON.stringify(years));
				const seconds = (performance.now() - started) / 1000;
				logger.info(`Pagefind 已索引 ${pages.length} 条记录（${shards.length} 个分片），用时 ${seconds.toFixed(3)} 秒`);
			},
		},
	};
}

/**
 * Writes a shard in a worker thread, with a Pagefind process of its own that ends afterwards and
 * frees its memory.
 * @param pages the shard's pages
 * @param output where its index goes
 */
function writeShard(pages: readonly SearchPage[], output: string): Promise<void> {
	const job: ShardJob = { pages: pages.map(({ url, html }) => ({ url, html })), output };
	return new Promise((done, fail) => {
		const worker = new Worker(new URL('./pagefind-shard.ts', import.meta.url), { workerData: job });
		worker.once('error', fail);
		worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`Pagefind 分片进程退出，代码 ${code}：${output}`))));
	});
}

/** Pagefind's fragments are gzip files of JSON after this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * @param output a written Pagefind index
 * @returns each page's id (the name of its fragment, which the browser gets as the result's id) by URL
 */
async function readPageIds(output: string): Promise<Map<string, string>> {
	const fragments = join(output, 'fragment');
	const ids = new Map<string, string>();
	for (const name of (await readdir(fragments)).sort()) {
		const json = gunzipSync(await readFile(join(fragments, name))).toString('utf8');
		if (!json.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind 片段格式未知：${name}`);
		const { url } = JSON.parse(json.slice(FRAGMENT_SIGNATURE.length)) as { url: string };
		ids.set(url, name.replace(/\.pf_fragment$/, ''));
	}
	return ids;
}

/**
 * Removes what the site never loads from a written index: the fragments (the search texts
 * replace them), Pagefind's own search UIs and its worker (the site has its own UI and runs
 * Pagefind without a worker), and in a merged shard the script and WebAssembly of the primary.
 * @param output a written Pagefind index
 * @param primary whether it is the index whose script the browser loads
 */
async function pruneShard(output: string, primary: boolean): Promise<void> {
	for (const name of await readdir(output)) {
		if (PAGEFIND_FILES_USED.test(name) && (primary || !PRIMARY_ONLY.test(name))) continue;
		await rm(join(output, name), { recursive: true, force: true });
	}
}

/**
 * Runs tasks 0 … count − 1, at most `limit` at a time.
 * @param limit how many at once
 * @param count how many tasks
 * @param task runs task `index`
 */
async function runAtMost(limit: number, count: number, task: (index: number) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < count) await task(next++);
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}
