import { describe, expect, it } from 'vitest';
import { PLANS_PER_SHARD, searchTextPath, shardCount, shardPath } from '../../../../src/lib/search/shards.ts';

describe('search index shards', () => {
	it('keeps up to PLANS_PER_SHARD plans in one index and adds a shard for each further batch', () => {
		expect(shardCount(0)).toBe(1);
		expect(shardCount(PLANS_PER_SHARD)).toBe(1);
		expect(shardCount(PLANS_PER_SHARD + 1)).toBe(2);
		expect(shardCount(10 * PLANS_PER_SHARD)).toBe(10);
	});

	it('puts the first shard where Pagefind usually is and the others under it', () => {
		expect(shardPath(0)).toBe('/pagefind/');
		expect(shardPath(3)).toBe('/pagefind/shard-3/');
	});

	it('names a search text after the Pagefind page it belongs to', () => {
		expect(searchTextPath('zh-cn_2cf8877')).toBe('/search/text/zh-cn_2cf8877.json');
	});
});
