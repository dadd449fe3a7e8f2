/**
 * Reads Pagefind's own files: where the index chunks of a written index start, from its metadata
 * file, for the page to load every chunk a prefix term reaches (src/lib/search/chunks.ts).
 *
 * Pagefind's Node API does not report its chunks. Its metadata file is gzip of a signature and
 * CBOR: an array [version, pages, index_chunks, filters, sorts, meta_fields], each chunk an array
 * [from, to, hash]. package.json pins Pagefind to the version this layout was read from, and any
 * other layout fails the build here with the reason, rather than giving a search that misses.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';

/** What every file of a Pagefind index starts with once decompressed. */
const SIGNATURE = 'pagefind_dcd';

/**
 * @param compressed a file of a written Pagefind index (metadata, fragment …)
 * @param name what the file is, for the error message
 * @returns its content after the signature
 */
export function decodePagefindFile(compressed: Uint8Array, name: string): Buffer {
	const bytes = gunzipSync(compressed);
	if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${name}缺少签名 pagefind_dcd，不是 Pagefind 写出的文件`);
	return bytes.subarray(SIGNATURE.length);
}

/**
 * @param compressed a Pagefind metadata file (pagefind.<hash>.pf_meta) as written
 * @returns the start of each index chunk, in order
 */
export function chunkStartsOfMeta(compressed: Uint8Array): string[] {
	const meta = decode(decodePagefindFile(compressed, 'Pagefind 元数据'));
	const chunks = Array.isArray(meta) ? (meta[2] as unknown) : undefined;
	const isChunk = (chunk: unknown): chunk is [string, string, string] =>
		Array.isArray(chunk) && chunk.length === 3 && chunk.every((field) => typeof field === 'string');
	if (!Array.isArray(chunks) || !chunks.every(isChunk)) {
		throw new Error(`Pagefind 元数据的格式与 ${String(Array.isArray(meta) ? meta[0] : '?')} 版不同（应为 [版本, 页面, [起, 止, 哈希]…]）：请把 package.json 中的 pagefind 固定为 1.6.0，或按新格式修改 scripts/lib/pagefind-files.ts`);
	}
	return chunks.map(([from]) => from);
}

/**
 * @param indexFolder a written Pagefind index (the folder of pagefind-entry.json)
 * @returns the start of each index chunk of its one language, in order
 */
export async function readChunkStarts(indexFolder: string): Promise<string[]> {
	const entry = JSON.parse(await readFile(join(indexFolder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
	const languages = Object.values(entry.languages);
	if (languages.length !== 1) throw new Error(`Pagefind 索引应只有一种语言，实有 ${languages.length} 种：${indexFolder}`);
	return chunkStartsOfMeta(await readFile(join(indexFolder, `pagefind.${languages[0].hash}.pf_meta`)));
}
