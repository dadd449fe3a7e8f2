import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkLoadTerms, chunksReached, compareCodePoints } from '../../../../src/lib/search/chunks.ts';

// A shard whose words run from "+" to "zz", cut into chunks at these starts.
const starts = ['+', 'drg', 'drgs', 'hpv', 'qabc', 'qabcdefgh', 'qabcdn', 'qabd', 'x'];

describe('chunksReached', () => {
	it('finds the one chunk of a prefix whose words all lie in one chunk', () => {
		expect(chunksReached(starts, 'hq')).toEqual(['hpv']);
	});

	it('finds every chunk a prefix spans, from the one it falls in to the last that begins with it', () => {
		// qabcd… words: from the chunk starting qabc through those starting qabcdefgh and qabcdn.
		expect(chunksReached(starts, 'qabcd')).toEqual(['qabc', 'qabcdefgh', 'qabcdn']);
	});

	it('counts a chunk that starts exactly at the prefix, and not the chunk before it', () => {
		expect(chunksReached(starts, 'drg')).toEqual(['drg', 'drgs']);
		expect(chunksReached(starts, 'drgs')).toEqual(['drgs']);
	});

	it('reaches the last chunk, which has no end', () => {
		expect(chunksReached(starts, 'xy')).toEqual(['x']);
		expect(chunksReached(starts, 'zz')).toEqual(['x']);
	});

	it('reaches the first chunk for a prefix before every word', () => {
		expect(chunksReached(starts, '0')).toEqual(['+']);
	});
});

describe('chunksReached, against its definition', () => {
	// Chunk c holds the words from starts[c] up to starts[c + 1]; it is reached when that range
	// meets the words that begin with the prefix.
	const byDefinition = (starts: string[], prefix: string) =>
		starts.filter((start, index) => {
			const next = starts[index + 1];
			return (start.startsWith(prefix) || compareCodePoints(start, prefix) < 0) && (next === undefined || compareCodePoints(next, prefix) > 0);
		});
	const word = fc.string({ unit: fc.constantFrom('a', 'b', 'q', '+', '0', '医', '𠀀'), minLength: 1, maxLength: 5 });

	it('finds the same chunks for any ordered starts and any prefix', () => {
		fc.assert(
			fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), word, (words, prefix) => {
				const starts = [...words].sort(compareCodePoints);
				expect(chunksReached(starts, prefix)).toEqual(byDefinition(starts, prefix));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('chunkLoadTerms', () => {
	it('joins the chunks of every prefix in every shard, each once', () => {
		const other = ['+', 'qabcz'];
		expect(chunkLoadTerms([starts, other], ['qabcd', 'drg'])).toEqual(['qabc', 'qabcdefgh', 'qabcdn', '+', 'drg', 'drgs']);
	});

	it('needs nothing without prefixes', () => {
		expect(chunkLoadTerms([starts], [])).toEqual([]);
	});
});

describe('compareCodePoints', () => {
	it('orders by code point as Pagefind does, also above U+FFFF', () => {
		// '𠀀' (U+20000) sorts after '\uffff' by code point, though its first UTF-16 unit is lower.
		expect(compareCodePoints('𠀀', '\uffff')).toBeGreaterThan(0);
		expect('𠀀' < '\uffff').toBe(true);
		expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
		expect(compareCodePoints('abc', 'abc')).toBe(0);
	});
});
