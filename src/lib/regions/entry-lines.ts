import type { Region } from './types.ts';

/**
 * The entry of content/regions.yaml that pins a region's id, which its first plan should add.
 * Only a region regions.yaml does not list yet is asked for, and such a region is the national
 * list's, which has a code: a region without one exists only as an entry of regions.yaml.
 * @param region a region of the national list
 * @returns the two YAML lines
 */
export function regionEntryLines(region: Pick<Region, 'id' | 'code'>): string[] {
	return [`- id: ${region.id}`, `  code: '${region.code}'`];
}
