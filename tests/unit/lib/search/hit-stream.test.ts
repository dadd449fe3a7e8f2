import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitPages, hitsInRankOrder, tallyHits } from '../../../../src/lib/search/hit-stream.ts';

/** Plans whose "text" is the list of their hits; every load is recorded. */
function plans(hitsPerPlan: number[]) {
	const ids = hitsPerPlan.map((_, index) => `p${index}`);
	const loaded: string[] = [];
	const load = async (id: string) => {
		loaded.push(id);
		const index = Number(id.slice(1));
		return Array.from({ length: hitsPerPlan[index] }, (_, hit) => `${id}.${hit}`);
	};
	return { ids, loaded, load, hitsOf: (text: string[]) => text };
}

async function take<T>(hits: AsyncGenerator<T>, count: number): Promise<T[]> {
	const taken: T[] = [];
	while (taken.length < count) {
		const next = await hits.next();
		if (next.done) break;
		taken.push(next.value);
	}
	return taken;
}

describe('hitsInRankOrder', () => {
	it('yields every hit in rank order, then each plan in its own order', async () => {
		const corpus = plans([2, 0, 3, 1]);
		const hits = hitsInRankOrder(corpus.ids, corpus.load, corpus.hitsOf, { first: 1, max: 4 });
		expect(await take(hits, 100)).toEqual(['p0.0', 'p0.1', 'p2.0', 'p2.1', 'p2.2', 'p3.0']);
	});

	it('fetches only the first round when its plans fill the page', async () => {
		const corpus = plans([6, 6, 6, 6, 6, 6]);
		const hits = hitsInRankOrder(corpus.ids, corpus.load, corpus.hitsOf, { first: 2, max: 32 });
		expect(await take(hits, 10)).toHaveLength(10);
		expect(corpus.loaded).toEqual(['p0', 'p1']);
	});

	it('repeats the first round once, then doubles up to the most, continuing where the last page stopped', async () => {
		const corpus = plans(Array.from({ length: 30 }, () => 1));
		const hits = hitsInRankOrder(corpus.ids, corpus.load, corpus.hitsOf, { first: 2, max: 8 });
		expect(await take(hits, 3)).toEqual(['p0.0', 'p1.0', 'p2.0']);
		// Rounds of 2 and 2: the third hit needed the second round.
		expect(corpus.loaded).toHaveLength(4);
		expect(await take(hits, 5)).toEqual(['p3.0', 'p4.0', 'p5.0', 'p6.0', 'p7.0']);
		// Then 4: 2 + 2 + 4.
		expect(corpus.loaded).toHaveLength(8);
		expect(await take(hits, 10)).toHaveLength(10);
		// Then 8, and 8 again at most: 8 + 8 + 8.
		expect(corpus.loaded).toHaveLength(24);
	});

	it('passes on a failed fetch when the caller reaches that plan', async () => {
		const load = async (id: string) => {
			if (id === 'b') throw new Error('404 /search/text/b.json');
			return [id];
		};
		const hits = hitsInRankOrder(['a', 'b', 'c'], load, (text: string[]) => text, { first: 3, max: 3 });
		expect(await hits.next()).toEqual({ done: false, value: 'a' });
		await expect(hits.next()).rejects.toThrow('404 /search/text/b.json');
	});

	it('yields, for any plans and rounds, exactly the hits of all plans in order', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.nat(5), { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 40 }), async (counts, first, max) => {
				const corpus = plans(counts);
				const all = await take(hitsInRankOrder(corpus.ids, corpus.load, corpus.hitsOf, { first, max }), Infinity);
				expect(all).toEqual(corpus.ids.flatMap((id, index) => Array.from({ length: counts[index] }, (_, hit) => `${id}.${hit}`)));
				expect(corpus.loaded).toEqual(corpus.ids);
			}),
		);
	});
});

/** Hits 1…count, recording each time one is asked for. */
function numbers(count: number, log: string[]) {
	return (async function* () {
		for (let hit = 1; hit <= count; hit++) {
			log.push(`pull ${hit}`);
			yield hit;
		}
		log.push('pull end');
	})();
}

const page = async (pages: ReturnType<typeof hitPages<number>>, size: number, log: string[] = []) => {
	const shown: number[] = [];
	for await (const hit of pages.next(size, async () => void log.push('drawn'))) shown.push(hit);
	return shown;
};

describe('hitPages', () => {
	it('shows pages in order and knows after each whether a hit is left', async () => {
		const pages = hitPages(numbers(7, []));
		expect(await page(pages, 3)).toEqual([1, 2, 3]);
		expect(pages.exhausted).toBe(false);
		expect(await page(pages, 3)).toEqual([4, 5, 6]);
		expect(pages.exhausted).toBe(false);
		expect(await page(pages, 3)).toEqual([7]);
		expect(pages.exhausted).toBe(true);
	});

	it('finds out that a page that ends exactly with the last hit leaves none', async () => {
		const pages = hitPages(numbers(6, []));
		await page(pages, 3);
		expect(await page(pages, 3)).toEqual([4, 5, 6]);
		expect(pages.exhausted).toBe(true);
	});

	it('looks for the hit after a full page only after the caller had the page', async () => {
		const log: string[] = [];
		const pages = hitPages(numbers(5, log));
		await page(pages, 2, log);
		expect(log).toEqual(['pull 1', 'pull 2', 'drawn', 'pull 3']);
		// The hit looked for is the next page's first: it is not asked for again.
		await page(pages, 2, log);
		expect(log).toEqual(['pull 1', 'pull 2', 'drawn', 'pull 3', 'pull 4', 'drawn', 'pull 5']);
	});
});

describe('tallyHits', () => {
	it('counts the plans looked through, those with hits and the hits, as the stream reaches them', async () => {
		const corpus = plans([6, 0, 6, 3]);
		const { hitsOf, tally } = tallyHits(corpus.hitsOf);
		const hits = hitsInRankOrder(corpus.ids, corpus.load, hitsOf, { first: 1, max: 1 });
		await take(hits, 7);
		expect(tally).toEqual({ plans: 3, plansWithHits: 2, hits: 12 });
		await take(hits, 100);
		expect(tally).toEqual({ plans: 4, plansWithHits: 3, hits: 15 });
	});
});
