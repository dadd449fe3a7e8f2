import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { buildSearchPages, type SearchItemInput, type SearchPage, type SearchPlanInput } from '../lib/search/records.ts';
import { SEARCH_TEXT_PATH, SEARCH_YEARS_PATH, searchTextPath, shardCount, shardPath } from '../lib/search/shards.ts';
import { SEARCH_INCLUDED_CHARACTERS } from '../lib/search/tokenize.ts';
import { PLANS_PER_SEARCH_SHARD } from '../content-root.ts';

const PAGE_BATCH = 64;

/** What the browser loads of a Pagefind index (the site's own search page does the rest). */
const PAGEFIND_FILES_USED = /^(pagefind\.js|pagefind-entry\.json|wasm\..*\.pagefind|pagefind\..*\.pf_meta|index|filter|shard-\d+)$/;
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
				const shards = shardCount(pages.length, PLANS_PER_SEARCH_SHARD);
				for (let shard = 0; shard < shards; shard++) {
					const shardPages = pages.slice(shard * PLANS_PER_SEARCH_SHARD, (shard + 1) * PLANS_PER_SEARCH_SHARD);
					const output = join(site, shardPath(shard));
					await writeShard(shardPages, output);
					const pageIds = await readPageIds(output);
					for (const page of shardPages) {
						const id = pageIds.get(page.url);
						if (!id) throw new Error(`Pagefind 索引中没有 ${page.url}`);
						years[id] = page.year;
						await writeFile(join(site, searchTextPath(id)), JSON.stringify(page.text));
					}
					await pruneShard(output, shard === 0);
				}
				await writeFile(join(site, SEARCH_YEARS_PATH), JSON.stringify(years));
				const seconds = (performance.now() - started) / 1000;
				logger.info(`Pagefind 已索引 ${pages.length} 条记录（${shards} 个分片），用时 ${seconds.toFixed(3)} 秒`);
			},
		},
	};
}

/**
 * Indexes pages with a Pagefind process of their own, which ends afterwards and frees its memory.
 * @param pages the shard's pages
 * @param output where its index goes
 */
async function writeShard(pages: readonly SearchPage[], output: string): Promise<void> {
	const { index, errors } = await createIndex({ includeCharacters: SEARCH_INCLUDED_CHARACTERS });
	try {
		if (!index || errors.length) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
		// Batches keep Pagefind's service busy without queueing every page at once.
		for (let start = 0; start < pages.length; start += PAGE_BATCH) {
			const batch = pages.slice(start, start + PAGE_BATCH);
			const results = await Promise.all(batch.map((page) => index.addHTMLFile({ url: page.url, content: page.html })));
			results.forEach((added, offset) => {
				if (added.errors.length) throw new Error(`Pagefind 无法索引 ${batch[offset].url}：${added.errors.join('; ')}`);
			});
		}
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('; ')}`);
	} finally {
		await close();
	}
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
