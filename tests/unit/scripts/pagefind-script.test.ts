import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decompressNatively, NATIVE_DECOMPRESS_METHOD, patchPagefindScript, READINESS_POLL_MS, shortenReadinessPolls } from '../../../scripts/lib/pagefind-script.ts';

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

type Loader = (bytes: Uint8Array) => Promise<Uint8Array>;
/** Evaluates a patched class, with the browser's DecompressionStream or without one. */
const instantiate = (source: string, decompressionStream: unknown): Record<'loadMeta' | 'loadWasm' | 'loadChunk' | 'loadFragment', Loader> =>
	new (new Function('DecompressionStream', `return ${source}`)(decompressionStream))();

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

	it('is applied with the readiness polls by patchPagefindScript', () => {
		const patched = patchPagefindScript(script + decompressingClass);
		expect(patched).toContain(`asyncSleep(${READINESS_POLL_MS})`);
		expect(patched.split(`await this.${NATIVE_DECOMPRESS_METHOD}(`)).toHaveLength(4);
	});
});
