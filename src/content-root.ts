import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PLANS_PER_SHARD } from './lib/search/shards.ts';

/**
 * The content root: `content/` of the repository, or `CONTENT_DIR` when tests and benchmarks
 * build other content. Shared by the collections, the data files and the scripts.
 */
export const CONTENT_ROOT = resolve(
	process.env.CONTENT_DIR && process.env.CONTENT_DIR.trim() !== ''
		? isAbsolute(process.env.CONTENT_DIR)
			? process.env.CONTENT_DIR
			: resolve(process.cwd(), process.env.CONTENT_DIR)
		: resolve(process.cwd(), 'content'),
);

/**
 * Where the built site goes: dist/, or `OUT_DIR` when tests and benchmarks build fixture content.
 * Shared by astro.config.mjs and the search index step of `npm run build`.
 */
export const OUTPUT_ROOT = resolve(process.cwd(), process.env.OUT_DIR?.trim() || 'dist');

/**
 * Names a content file the way editors see it in the repository (content/plans/…), whatever
 * CONTENT_DIR points at, so the check, the build and the pages all say the same path.
 * @param path an absolute path (or one relative to the working directory) inside the content root
 * @returns the path with `content/` in place of the content root
 */
export function displayContentPath(path: string): string {
	return ['content', ...relative(CONTENT_ROOT, resolve(path)).split(sep)].join('/');
}

/**
 * The inverse of {@link displayContentPath}: where a file named as editors see it is on disk.
 * @param displayPath a path starting with content/, e.g. content/plans/baotou/2017-priorities.md
 * @returns the absolute path inside the content root
 * @throws when the path does not start with content/
 */
export function contentFileOnDisk(displayPath: string): string {
	if (!displayPath.startsWith('content/')) throw new Error(`不是内容目录中的路径：${displayPath}`);
	return resolve(CONTENT_ROOT, ...displayPath.slice('content/'.length).split('/'));
}

/**
 * Plans per search index shard (src/lib/search/shards.ts): PLANS_PER_SHARD, or
 * SEARCH_PLANS_PER_SHARD, which the browser tests set small so that the real content is
 * searched across several merged shards.
 */
export const PLANS_PER_SEARCH_SHARD = positiveIntegerFromEnv('SEARCH_PLANS_PER_SHARD', PLANS_PER_SHARD);

/**
 * The size of Pagefind's index chunks, in its own unit (one per word position and per page of a
 * word), passed to Pagefind as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE. With Pagefind's default of
 * 20,000 a chunk of bigram postings is tens of KB, and a query loads one chunk per token; 5,000
 * gives chunks of a few KB (src/lib/search/README.md). SEARCH_INDEX_CHUNK_SIZE overrides it: the browser
 * tests set it tiny, so that every search there crosses chunk boundaries.
 */
export const SEARCH_INDEX_CHUNK_SIZE = positiveIntegerFromEnv('SEARCH_INDEX_CHUNK_SIZE', 5000);

/**
 * @param name an environment variable
 * @param fallback the value when it is unset or not a positive number
 * @returns its value as a positive whole number
 */
function positiveIntegerFromEnv(name: string, fallback: number): number {
	const value = Number(process.env[name]);
	return value > 0 ? Math.floor(value) : fallback;
}
