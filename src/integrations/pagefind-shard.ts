/**
 * Writes one shard of the search index with a Pagefind process of its own (src/integrations/
 * pagefind.ts runs this in worker threads, so that shards are written side by side). Pagefind's
 * Node API keeps one process per module instance, and each worker thread has its own.
 */
import { workerData } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import type { SearchPage } from '../lib/search/records.ts';
import { SEARCH_INCLUDED_CHARACTERS } from '../lib/search/tokenize.ts';

/** What the integration sends: the shard's pages (without their search texts) and where to write. */
export interface ShardJob {
	pages: Pick<SearchPage, 'url' | 'html'>[];
	output: string;
}

const PAGE_BATCH = 64;

async function writeShard({ pages, output }: ShardJob): Promise<void> {
	const { index, errors } = await createIndex({ includeCharacters: SEARCH_INCLUDED_CHARACTERS });
	try {
		if (!index || errors.length) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
		// Batches keep Pagefind's process busy without queueing every page at once.
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

// The integration learns the outcome from the thread's exit code.
await writeShard(workerData as ShardJob);
