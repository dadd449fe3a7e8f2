import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * @param dist a built site
 * @returns the SHA-256 of every file, by its path under dist
 */
async function hashFiles(dist: string): Promise<Map<string, string>> {
	const entries = await readdir(dist, { recursive: true, withFileTypes: true });
	const hashes = new Map<string, string>();
	for (const entry of entries.filter((item) => item.isFile())) {
		const file = join(entry.parentPath, entry.name);
		hashes.set(
			relative(dist, file).split(sep).join('/'),
			createHash('sha256')
				.update(await readFile(file))
				.digest('hex'),
		);
	}
	return hashes;
}

describe('building the same content twice', () => {
	it('gives byte-identical sites, whatever the output folder', async () => {
		const first = await hashFiles(inject('fixtureDist'));
		const second = await hashFiles(inject('fixtureDistRepeat'));
		const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
		const differing = paths.filter((path) => first.get(path) !== second.get(path));
		const explain = (path: string) =>
			`${path}: ${first.has(path) ? (second.has(path) ? 'different bytes' : 'only in the first build') : 'only in the second build'}`;
		expect(differing.map(explain)).toEqual([]);
		expect(first.size).toBeGreaterThan(20);
	});
});
