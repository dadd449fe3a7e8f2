import { describe, expect, it } from 'vitest';
import { READINESS_POLL_MS, shortenReadinessPolls } from '../../../scripts/lib/pagefind-script.ts';

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
