/** A seeded pseudo-random source: the same seed gives the same sequence on every machine. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with the given probability. */
	chance(probability: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T;
}

/**
 * Creates a mulberry32 generator: tiny, fast and good enough for synthetic test data, and unlike
 * Math.random it can be seeded, which makes a benchmark corpus reproducible.
 * @param seed any 32-bit integer
 * @returns the generator
 */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick: (list) => list[int(0, list.length - 1)],
	};
}
