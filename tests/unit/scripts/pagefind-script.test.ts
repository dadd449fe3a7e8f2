import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decompressNatively,
	ENCODED_QUERY,
	NATIVE_DECOMPRESS_METHOD,
	patchPagefindScript,
	READINESS_POLL_MS,
	shortenReadinessPolls,
	skipSegmentingEncodedQueries,
	takeEarlyResponses,
} from '../../../scripts/lib/pagefind-script.ts';
import { PROBE_QUERIES } from '../../../scripts/lib/search-probe.ts';
import { EARLY_RESPONSE_HOOK } from '../../../src/lib/search/early-fetch.ts';
import { prepareQuery } from '../../../src/lib/search/query.ts';

// The two loops as Pagefind 1.6.0 writes them, in a script otherwise cut short.
const getPtr = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}return this.raw_ptr;}';
const mergeIndex = 'async mergeIndex(p){while(this.primary.wasm===null){await asyncSleep(50);}await newInstance.init();}';
const debounce = 'async debouncedSearch(t,o,ms){await asyncSleep(ms);}';
const script = `var asyncSleep=async(ms=100)=>{};${getPtr}${debounce}${mergeIndex}`;

describe('shortenReadinessPolls', () => {
	it('makes both readiness loops check every few milliseconds and leaves every other sleep alone', () => {
		const patched = shortenReadinessPolls(script);
		expect(patched.match(/asyncSleep\([^)]*\)/g)).toEqual([`asyncSleep(${READINESS_POLL_MS})`, 'asyncSleep(ms)', `asyncSleep(${READINESS_POLL_MS})`]);
		expect(patched.replaceAll(`asyncSleep(${READINESS_POLL_MS})`, 'asyncSleep(50)')).toBe(script);
		expect(READINESS_POLL_MS).toBeLessThan(10);
	});

	it('fails with the reason when a loop is missing or written twice (another Pagefind version)', () => {
		expect(() => shortenReadinessPolls(script.replace(getPtr, ''))).toThrow(/恰好有 1 处.*实际 0 处.*1\.6\.0/);
		expect(() => shortenReadinessPolls(script + mergeIndex)).toThrow(/实际 2 处/);
		expect(() => shortenReadinessPolls(shortenReadinessPolls(script))).toThrow(/实际 0 处/);
	});
});

/**
 * Pagefind 1.6.0's decompressing methods, cut short: its decompress strips the signature of a
 * decompressed file and would otherwise inflate in JavaScript, which here throws instead.
 */
const decompressingClass = [
	'class Pagefind{constructor(){this.decoder=new TextDecoder();}',
	'async loadMeta(bytes){this.searchMeta=this.decompress(new Uint8Array(bytes),"Pagefind metadata");return this.searchMeta;}',
	'async loadWasm(bytes){const final_wasm=this.decompress(new Uint8Array(bytes),"Pagefind WebAssembly");return final_wasm;}',
	'async loadChunk(bytes){let chunk=this.decompress(new Uint8Array(bytes),"chunk");return chunk;}',
	'async loadFragment(bytes){let fragment=this.decompress(new Uint8Array(bytes),"fragment");return fragment;}',
	'decompress(data,file="unknown file"){if(this.decoder.decode(data.slice(0,12))==="pagefind_dcd"){return data.slice(12);}throw new Error(`inflated in JavaScript: ${file}`);}}',
].join('');

/**
 * Evaluates a (patched) class of Pagefind's and makes an instance of it.
 * @param source the class's source
 * @param name a global the class uses, given to it instead of the real one
 * @param value what that global is
 */
const instantiateWith = <T>(source: string, name: string, value: unknown): T => new (new Function(name, `return ${source}`)(value))() as T;

type Loader = (bytes: Uint8Array) => Promise<Uint8Array>;
/** Evaluates a patched class, with the browser's DecompressionStream or without one. */
const instantiate = (source: string, decompressionStream: unknown) =>
	instantiateWith<Record<'loadMeta' | 'loadWasm' | 'loadChunk' | 'loadFragment', Loader>>(source, 'DecompressionStream', decompressionStream);

const payload = new TextEncoder().encode('索引块 chunk bytes');
const pagefindFile = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), payload]));

describe('decompressNatively', () => {
	it('gunzips the metadata, the WebAssembly and each chunk with the DecompressionStream, to the same bytes', async () => {
		const pagefind = instantiate(decompressNatively(decompressingClass), DecompressionStream);
		for (const load of ['loadMeta', 'loadWasm', 'loadChunk'] as const) {
			expect(new TextDecoder().decode(await pagefind[load](pagefindFile))).toBe('索引块 chunk bytes');
		}
		// Fragments, which the site never loads, keep Pagefind's own path.
		await expect(pagefind.loadFragment(pagefindFile)).rejects.toThrow('inflated in JavaScript');
	});

	it("leaves Pagefind's inflater to a browser without a DecompressionStream or whose stream fails, and to files already decompressed", async () => {
		const withoutStream = instantiate(decompressNatively(decompressingClass), undefined);
		await expect(withoutStream.loadMeta(pagefindFile)).rejects.toThrow('inflated in JavaScript: Pagefind metadata');
		const failingStream = class {
			constructor() {
				throw new TypeError('no gzip here');
			}
		};
		await expect(instantiate(decompressNatively(decompressingClass), failingStream).loadWasm(pagefindFile)).rejects.toThrow('inflated in JavaScript: Pagefind WebAssembly');
		const pagefind = instantiate(decompressNatively(decompressingClass), DecompressionStream);
		const decompressed = Buffer.concat([Buffer.from('pagefind_dcd'), payload]);
		expect(new TextDecoder().decode(await pagefind.loadChunk(decompressed))).toBe('索引块 chunk bytes');
	});

	it('fails with the reason when a call or the method is not there exactly once', () => {
		expect(() => decompressNatively(decompressingClass.replace('const final_wasm=this.decompress(', 'const final_wasm=inflate('))).toThrow(/const final_wasm=this\.decompress\(.*实际 0 处/);
		// Patched twice: the calls no longer read as Pagefind wrote them.
		expect(() => decompressNatively(decompressNatively(decompressingClass))).toThrow(/this\.searchMeta=this\.decompress\(.*实际 0 处/);
	});

});

/** Pagefind 1.6.0's fetch queue, cut short: each request goes through performFetch. */
const fetchingClass =
	'class Pagefind{async load(input){return new Promise((resolve,reject)=>this.performFetch({resolve,reject,input}));}async performFetch(queued){try{const response=await fetch(queued.input);queued.resolve(response);}catch(error){queued.reject(error);}}}';

describe('takeEarlyResponses', () => {
	const withFetch = (fetchFile: (url: string) => Promise<string>) => instantiateWith<{ load(url: string): Promise<string> }>(takeEarlyResponses(fetchingClass), 'fetch', fetchFile);
	const hooks = globalThis as unknown as Record<string, ((url: string) => Promise<string> | undefined) | undefined>;

	it("takes the page's response for a file, and fetches any other, or every file without the page's hook", async () => {
		const fetched: string[] = [];
		const pagefind = withFetch(async (url) => {
			fetched.push(url);
			return `fetched ${url}`;
		});
		await expect(pagefind.load('/pagefind/pagefind-entry.json?ts=1')).resolves.toBe('fetched /pagefind/pagefind-entry.json?ts=1');
		hooks[EARLY_RESPONSE_HOOK] = (url) => (url.startsWith('/pagefind/pagefind-entry.json') ? Promise.resolve('started by the page') : undefined);
		try {
			await expect(pagefind.load('/pagefind/pagefind-entry.json?ts=2')).resolves.toBe('started by the page');
			await expect(pagefind.load('/pagefind/index/a.pf_index')).resolves.toBe('fetched /pagefind/index/a.pf_index');
			hooks[EARLY_RESPONSE_HOOK] = () => Promise.reject(new TypeError('offline'));
			await expect(pagefind.load('/pagefind/wasm.unknown.pagefind')).rejects.toThrow('offline');
		} finally {
			delete hooks[EARLY_RESPONSE_HOOK];
		}
		expect(fetched).toEqual(['/pagefind/pagefind-entry.json?ts=1', '/pagefind/index/a.pf_index']);
	});

	it('fails with the reason when the fetch call is not there exactly once', () => {
		expect(() => takeEarlyResponses(takeEarlyResponses(fetchingClass))).toThrow(/await fetch\(queued\.input\).*实际 0 处/);
	});
});

/** Pagefind 1.6.0's query segmentation, cut short: it tells which path a query took. */
const segmentation = 'class Pagefind{search(term){let trueLanguage="zh-CN";if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){return "segmented";}else{return "kept";}}}';

describe('skipSegmentingEncodedQueries', () => {
	const words = (query: string) => [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(query)].map((part) => part.segment).filter((part) => part.trim() !== '');

	it("matches the queries the site sends Pagefind, the probe's and any of tokens and spaces", () => {
		const synonyms = [['家庭医生', '家医'], ['艾滋病', 'HIV']];
		for (const query of [...PROBE_QUERIES, 'ＨＰＶ 疫苗', '“中医药”', 'COVID-19']) expect(prepareQuery(query, synonyms).pagefindQuery).toMatch(ENCODED_QUERY);
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constant('+'))), (tokens) => {
				expect(tokens.join(' ')).toMatch(ENCODED_QUERY);
			}),
		);
	});

	it("matches only queries the browser's word segmenter splits at their spaces alone, so skipping it changes no query", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constant('+')), { minLength: 1 }), (tokens) => {
				expect(words(tokens.join(' '))).toEqual(tokens);
			}),
		);
		// Queries it does not match keep Pagefind's segmentation: Han text, or a plus sign inside a
		// word, as in the token of a synonym's plus sign (s+), which the segmenter splits.
		const plusSynonym = prepareQuery('互联网+医疗健康', [['互联网+医疗健康', '互联网医疗']]).pagefindQuery;
		for (const query of ['家庭医生', 'a+b', 'DRG', 'drg-dip', plusSynonym]) expect(query).not.toMatch(ENCODED_QUERY);
		expect(words('a+b')).toEqual(['a', '+', 'b']);
		expect(words(plusSynonym)).toContain('+');
	});

	it('sends an encoded query past the segmenter and any other query through it, and fails with the reason on a script without the branch', () => {
		const patched = skipSegmentingEncodedQueries(segmentation);
		const pagefind = instantiateWith<{ search(term: string): string }>(patched, 'Intl', Intl);
		expect(pagefind.search(prepareQuery('家庭医生签约 DRG 0-3岁').pagefindQuery)).toBe('kept');
		expect(pagefind.search('')).toBe('kept');
		for (const query of ['家庭医生', 'a+b', 'DRG']) expect(pagefind.search(query)).toBe('segmented');
		expect(patched.split(`&&!/${ENCODED_QUERY.source}/.test(term)){`)).toHaveLength(2);
		expect(() => skipSegmentingEncodedQueries(patched)).toThrow(/Intl\.Segmenter.*实际 0 处/);
	});
});

describe('patchPagefindScript', () => {
	it('applies every patch above', () => {
		const patched = patchPagefindScript(script + decompressingClass + fetchingClass + segmentation);
		expect(patched).toContain(`asyncSleep(${READINESS_POLL_MS})`);
		expect(patched.split(`await this.${NATIVE_DECOMPRESS_METHOD}(`)).toHaveLength(4);
		expect(patched).toContain(`globalThis.${EARLY_RESPONSE_HOOK}?.(queued.input)`);
		expect(patched).toContain(`/${ENCODED_QUERY.source}/.test(term)`);
	});
});
