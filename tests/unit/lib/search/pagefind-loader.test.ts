import { describe, expect, it } from 'vitest';
import type { PagefindApi } from '../../../../src/lib/search/pagefind-api.ts';
import { pagefindLoader } from '../../../../src/lib/search/pagefind-loader.ts';
import { SEARCH_RANKING } from '../../../../src/lib/search/records.ts';

/** A Pagefind whose calls are recorded in order. */
function fakePagefind(calls: string[]): PagefindApi {
	return {
		options: async (options) => void calls.push(`options ${JSON.stringify(options)}`),
		init: async () => void calls.push('init'),
		mergeIndex: async (path, options) => void calls.push(`mergeIndex ${path} ${JSON.stringify(options)}`),
		preload: async () => undefined,
		search: async () => null,
		filters: async () => ({}),
	};
}

/** The loader over fakes: imports fail `failures` times, then succeed. */
function setUp({ shards = 1, failures = 0 } = {}) {
	const calls: string[] = [];
	const imported: string[] = [];
	const load = pagefindLoader({
		shards,
		importScript: async (url) => {
			imported.push(url);
			if (failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
			return fakePagefind(calls);
		},
	});
	return { load, calls, imported };
}

describe('pagefindLoader', () => {
	it('imports Pagefind once, without its worker and with the site ranking, and merges every other shard', async () => {
		const { load, calls, imported } = setUp({ shards: 3 });
		const module = await load();
		expect(await load()).toBe(module);
		expect(imported).toEqual(['/pagefind/pagefind.js']);
		const ranking = JSON.stringify({ ranking: SEARCH_RANKING });
		expect(calls).toEqual([
			`options ${JSON.stringify({ noWorker: true, ranking: SEARCH_RANKING })}`,
			'init',
			`mergeIndex /pagefind/shard-1/ ${ranking}`,
			`mergeIndex /pagefind/shard-2/ ${ranking}`,
		]);
	});

	it('imports the script again, under another address, after a failed import', async () => {
		const { load, imported } = setUp({ failures: 1 });
		await expect(load()).rejects.toThrow(TypeError);
		await load();
		expect(imported).toEqual(['/pagefind/pagefind.js', '/pagefind/pagefind.js?retry=1']);
	});
});
