import { describe, expect, it } from 'vitest';
import { mergedShardPaths, PLANS_PER_SHARD, SEARCH_AHEAD_MAX_PLANS, searchesAhead, searchTextPath, shardCount, shardPath, splitIntoShards } from '../../../../src/lib/search/shards.ts';

describe('search index shards', () => {
	it('keeps up to PLANS_PER_SHARD plans in one index and adds a shard for each further batch', () => {
		expect(shardCount(0)).toBe(1);
		expect(shardCount(PLANS_PER_SHARD)).toBe(1);
		expect(shardCount(PLANS_PER_SHARD + 1)).toBe(2);
		expect(shardCount(10 * PLANS_PER_SHARD)).toBe(10);
	});

	it('cuts plans into shards in order, the last one holding the rest', () => {
		expect(splitIntoShards(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect(splitIntoShards([], 2)).toEqual([[]]);
	});

	it('merges every shard but the first into the first', () => {
		expect(mergedShardPaths(1)).toEqual([]);
		expect(mergedShardPaths(3)).toEqual(['/pagefind/shard-1/', '/pagefind/shard-2/']);
	});

	it('puts the first shard where Pagefind usually is and the others under it', () => {
		expect(shardPath(0)).toBe('/pagefind/');
		expect(shardPath(3)).toBe('/pagefind/shard-3/');
	});

	it('searches ahead while typing up to SEARCH_AHEAD_MAX_PLANS plans, and not above', () => {
		expect(searchesAhead(18)).toBe(true);
		expect(searchesAhead(SEARCH_AHEAD_MAX_PLANS)).toBe(true);
		expect(searchesAhead(SEARCH_AHEAD_MAX_PLANS + 1)).toBe(false);
		expect(searchesAhead(5000)).toBe(false);
	});

	it('names a search text after the Pagefind page it belongs to', () => {
		expect(searchTextPath('zh-cn_2cf8877')).toBe('/search/text/zh-cn_2cf8877.json');
	});
});
