/**
 * Writes one shard of the search index with a Pagefind process of its own (build-search-index.ts
 * runs this in a worker thread per shard: Pagefind's Node API keeps one process per
 * module instance, and a thread that ends takes its process and its memory with it).
 *
 * The worker builds its shard's pages one at a time from the plans and items it is given, writes
 * each plan's search text under the id Pagefind gave its page, prunes the index to what the
 * browser loads, and posts back the year of
 * each page id and where its index chunks start. The pages themselves (token lists, many times
 * larger than their plan's text) never all exist at once, nor in the main thread.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import type { SynonymGroups } from '../../src/lib/search/query.ts';
import { buildSearchPage, type PlanSearchInput, type SearchText } from '../../src/lib/search/records.ts';
import { decodePagefindFile, readChunkStarts } from './pagefind-files.ts';
import { SEARCH_TEXT_PATH, SHARD_FOLDER_PREFIX, searchTextPath, shardPath } from '../../src/lib/search/shards.ts';
import { SEARCH_INCLUDED_CHARACTERS } from '../../src/lib/search/tokenize.ts';

/** What build-search-index.ts sends. */
export interface ShardJob {
	/** The shard's plans with their items. */
	inputs: PlanSearchInput[];
	synonyms: SynonymGroups;
	/** The built site's folder. */
	site: string;
	/** The shard's number; shard 0 is the primary, whose script and WebAssembly the browser loads. */
	shard: number;
}

/** Each page id's year (0 when unknown). */
export type ShardYears = Record<string, number>;

/** What the worker posts back when the shard is written. */
export interface WrittenShard {
	years: ShardYears;
	/** Where each of its index chunks starts (pagefind-files.ts). */
	chunkStarts: string[];
}

/** What the browser loads of a Pagefind index (the site's own search page does the rest). */
const PAGEFIND_FILES_USED = new RegExp(`^(pagefind\\.js|pagefind-entry\\.json|wasm\\..*\\.pagefind|pagefind\\..*\\.pf_meta|index|filter|${SHARD_FOLDER_PREFIX}\\d+)$`);
/** What only the primary index needs; a merged shard brings its entry, meta, index and filters. */
const PRIMARY_ONLY = /^(pagefind\.js|wasm\..*\.pagefind)$/;

/** Pages handed to Pagefind at once: enough to keep its process busy, few enough to stay small. */
const PAGE_BATCH = 64;

async function writeShard({ inputs, synonyms, site, shard }: ShardJob): Promise<WrittenShard> {
	const output = join(site, shardPath(shard));
	const texts = new Map<string, { year: number; text: SearchText }>();
	const { index, errors } = await createIndex({ includeCharacters: SEARCH_INCLUDED_CHARACTERS });
	try {
		if (!index || errors.length) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
		for (let start = 0; start < inputs.length; start += PAGE_BATCH) {
			const batch = inputs.slice(start, start + PAGE_BATCH).map((input) => buildSearchPage(input, synonyms));
			const results = await Promise.all(batch.map((page) => index.addHTMLFile({ url: page.url, content: page.html })));
			results.forEach((added, offset) => {
				if (added.errors.length) throw new Error(`Pagefind 无法索引 ${batch[offset].url}：${added.errors.join('; ')}`);
			});
			for (const { url, year, text } of batch) texts.set(url, { year, text });
		}
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('; ')}`);
	} finally {
		await close();
	}
	const years: ShardYears = {};
	const pageIds = await readPageIds(output);
	await mkdir(join(site, SEARCH_TEXT_PATH), { recursive: true });
	await Promise.all(
		[...texts].map(([url, { year, text }]) => {
			const id = pageIds.get(url);
			if (!id) throw new Error(`Pagefind 索引中没有 ${url}`);
			years[id] = year;
			return writeFile(join(site, searchTextPath(id)), JSON.stringify(text));
		}),
	);
	const chunkStarts = await readChunkStarts(output);
	await pruneShard(output, shard === 0);
	return { years, chunkStarts };
}

/**
 * Pagefind's Node API does not return page ids, so they are read from the fragments it wrote.
 * @param output a written Pagefind index
 * @returns each page's id (the name of its fragment, which the browser gets as the result's id) by URL
 */
async function readPageIds(output: string): Promise<Map<string, string>> {
	const fragments = join(output, 'fragment');
	const ids = new Map<string, string>();
	for (const name of (await readdir(fragments)).sort()) {
		const { url } = JSON.parse(decodePagefindFile(await readFile(join(fragments, name)), `Pagefind 片段 ${name} `).toString('utf8')) as { url: string };
		ids.set(url, name.replace(/\.pf_fragment$/, ''));
	}
	return ids;
}

/**
 * Removes what the site never loads from a written index: the fragments (the search texts
 * replace them), Pagefind's own search UIs and its worker (the site has its own UI and runs
 * Pagefind without a worker), and in a merged shard the script and WebAssembly of the primary.
 * The other shards' folders inside the primary's are kept.
 * @param output a written Pagefind index
 * @param primary whether it is the index whose script the browser loads
 */
async function pruneShard(output: string, primary: boolean): Promise<void> {
	for (const name of await readdir(output)) {
		if (PAGEFIND_FILES_USED.test(name) && (primary || !PRIMARY_ONLY.test(name))) continue;
		await rm(join(output, name), { recursive: true, force: true });
	}
}

// build-search-index.ts takes the years and chunk starts from this message and the outcome from the thread's exit code.
parentPort?.postMessage(await writeShard(workerData as ShardJob));
