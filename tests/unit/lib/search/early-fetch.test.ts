import { describe, expect, it } from 'vitest';
import { earlyResponses, entryPath, startPagefindFiles, startupPaths } from '../../../../src/lib/search/early-fetch.ts';

const PAGE = 'http://127.0.0.1:4321/search/?q=中医药';
const entry = { version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_eb10ca9', wasm: null, page_count: 1000 } } };

/** A fetch that answers from a table of paths (queries ignored) and records what it was asked. */
function fakeFetch(files: Record<string, unknown>) {
	const requested: string[] = [];
	const fetchFile = (url: string) => {
		requested.push(url);
		const path = new URL(url, PAGE).pathname;
		return path in files ? Promise.resolve(new Response(JSON.stringify(files[path]))) : Promise.resolve(new Response('', { status: 404 }));
	};
	return { fetchFile, requested };
}

describe('startupPaths', () => {
	it("names the metadata and, for the primary index, the WebAssembly Pagefind loads after its entry", () => {
		expect(startupPaths('/pagefind/', entry, 'zh-cn', true)).toEqual(['/pagefind/pagefind.zh-cn_eb10ca9.pf_meta', '/pagefind/wasm.unknown.pagefind']);
		expect(startupPaths('/pagefind/shard-1/', entry, 'zh-cn', false)).toEqual(['/pagefind/shard-1/pagefind.zh-cn_eb10ca9.pf_meta']);
		const withStemmer = { languages: { en: { hash: 'en_1', wasm: 'en' } } };
		expect(startupPaths('/pagefind/', withStemmer, 'en', true)).toEqual(['/pagefind/pagefind.en_1.pf_meta', '/pagefind/wasm.en.pagefind']);
	});

	it('names nothing for an entry without the language, or not an entry at all: Pagefind then fetches what it picks', () => {
		expect(startupPaths('/pagefind/', entry, 'en', true)).toEqual([]);
		expect(startupPaths('/pagefind/', null, 'zh-cn', true)).toEqual([]);
		expect(startupPaths('/pagefind/', { languages: { 'zh-cn': { hash: 7 } } }, 'zh-cn', true)).toEqual([]);
	});
});

describe('earlyResponses', () => {
	it('hands a started response to the first request for its path, whatever its query, and then forgets it', async () => {
		const { fetchFile, requested } = fakeFetch({ '/pagefind/pagefind-entry.json': entry });
		const responses = earlyResponses(fetchFile, PAGE);
		const started = responses.start('/pagefind/pagefind-entry.json', '?ts=1');
		expect(requested).toEqual(['/pagefind/pagefind-entry.json?ts=1']);
		const taken = responses.take('http://127.0.0.1:4321/pagefind/pagefind-entry.json?ts=2');
		expect(taken).toBe(started);
		expect(await (await taken!).json()).toEqual(entry);
		expect(responses.take('/pagefind/pagefind-entry.json?ts=3')).toBeUndefined();
	});

	it('starts a path once while its response waits to be taken, and hands nothing for a path it never started', () => {
		const { fetchFile, requested } = fakeFetch({});
		const responses = earlyResponses(fetchFile, PAGE);
		expect(responses.start('/pagefind/wasm.unknown.pagefind')).toBe(responses.start('/pagefind/wasm.unknown.pagefind'));
		expect(responses.take('/pagefind/index/a.pf_index')).toBeUndefined();
		expect(requested).toEqual(['/pagefind/wasm.unknown.pagefind']);
	});

	it('starts nothing for a path Pagefind has asked for already: it fetched that file itself', () => {
		const { fetchFile, requested } = fakeFetch({});
		const responses = earlyResponses(fetchFile, PAGE);
		expect(responses.take('http://127.0.0.1:4321/pagefind/wasm.unknown.pagefind')).toBeUndefined();
		expect(responses.start('/pagefind/wasm.unknown.pagefind')).toBeUndefined();
		expect(requested).toEqual([]);
	});

	it('hands over a failed request as it failed, for Pagefind to report', async () => {
		const responses = earlyResponses(() => Promise.reject(new TypeError('offline')), PAGE);
		responses.start('/pagefind/wasm.unknown.pagefind');
		await expect(responses.take('/pagefind/wasm.unknown.pagefind')).rejects.toThrow('offline');
	});
});

describe('startPagefindFiles', () => {
	const settled = () => new Promise((resolve) => setTimeout(resolve));

	it("starts each index's entry, then its metadata, and the primary's WebAssembly, leaving the entry readable for Pagefind", async () => {
		const { fetchFile, requested } = fakeFetch({ '/pagefind/pagefind-entry.json': entry, '/pagefind/shard-1/pagefind-entry.json': entry });
		const responses = earlyResponses(fetchFile, PAGE);
		startPagefindFiles(responses, ['/pagefind/', '/pagefind/shard-1/'], 'zh-cn', 42);
		expect(requested).toEqual([entryPath('/pagefind/') + '?ts=42', entryPath('/pagefind/shard-1/') + '?ts=42']);
		await settled();
		expect(requested.slice(2).sort()).toEqual(['/pagefind/pagefind.zh-cn_eb10ca9.pf_meta', '/pagefind/shard-1/pagefind.zh-cn_eb10ca9.pf_meta', '/pagefind/wasm.unknown.pagefind']);
		expect(await (await responses.take('/pagefind/pagefind-entry.json?ts=43')!).json()).toEqual(entry);
	});

	it('leaves out the files named by an entry that Pagefind read first and asked for itself', async () => {
		const { fetchFile, requested } = fakeFetch({ '/pagefind/pagefind-entry.json': entry });
		const responses = earlyResponses(fetchFile, PAGE);
		startPagefindFiles(responses, ['/pagefind/'], 'zh-cn', 42);
		// Pagefind takes the entry and, before the page's copy of it is read, asks for the metadata.
		responses.take('/pagefind/pagefind-entry.json?ts=42');
		expect(responses.take('/pagefind/pagefind.zh-cn_eb10ca9.pf_meta')).toBeUndefined();
		await settled();
		expect(requested).toEqual(['/pagefind/pagefind-entry.json?ts=42', '/pagefind/wasm.unknown.pagefind']);
	});

	it('starts nothing more when an entry does not load', async () => {
		const { fetchFile, requested } = fakeFetch({});
		startPagefindFiles(earlyResponses(fetchFile, PAGE), ['/pagefind/'], 'zh-cn', 42);
		await settled();
		expect(requested).toEqual(['/pagefind/pagefind-entry.json?ts=42']);
	});
});
