import type { Region } from './types.ts';

/**
 * The entry of content/regions.yaml that pins a region's id, which its first plan should add.
 * @param region a region of the national list
 * @returns the two YAML lines
 */
export function regionEntryLines(region: Pick<Region, 'id' | 'code'>): string[] {
	return [`- id: ${region.id}`, `  code: ${region.code === null ? 'null' : `'${region.code}'`}`];
}
