/** Layouts of a raw text made from the seeds: as published, and pasted as one line (as seed 003 is). */
export const SEED_TEXT_SHAPES = {
	lines: (text: string) => text,
	'one line': (text: string) => text.replace(/\s+/g, ' '),
} as const;

export type SeedTextShape = keyof typeof SEED_TEXT_SHAPES;

/**
 * Builds a raw text of a given UTF-8 size from the seeds, repeated in order and cut at the size.
 * @param seeds the seed texts
 * @param bytes the size in UTF-8 bytes
 * @param shape how the text is laid out
 * @returns the raw text
 */
export function seedText(seeds: readonly string[], bytes: number, shape: SeedTextShape): string {
	const parts: string[] = [];
	for (let size = 0, index = 0; size < bytes; index++) {
		const seed = seeds[index % seeds.length];
		parts.push(seed);
		size += Buffer.byteLength(seed) + 1;
	}
	return SEED_TEXT_SHAPES[shape](Buffer.from(parts.join('\n')).subarray(0, bytes).toString());
}
