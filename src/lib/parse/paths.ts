import { kindSlug, type PlanKind } from '../kinds.ts';
import type { ExistingPlanFile } from './types.ts';

/** What a plan's path is made of. */
export interface PathKey {
	region: string | null;
	year: number | null;
	kind: PlanKind;
	sourceFile: string;
	part: number | null;
}

/**
 * Chooses a plan's file path: `<region|unknown>/<year|unknown>-<kind slug>.md`, with `-2`, `-3` …
 * when the name is already used by another document of this import or by an existing file of
 * another source. A re-import of the same source (and part) gets its old path back, so that
 * importing twice overwrites instead of duplicating.
 * @param key region, year, kind and provenance of the plan
 * @param taken paths already given to other documents of this import
 * @param existing files already in the output directory
 * @returns the path relative to the output directory
 */
export function choosePlanPath(
	key: PathKey,
	taken: ReadonlySet<string>,
	existing: readonly ExistingPlanFile[],
): string {
	const base = `${key.region ?? 'unknown'}/${key.year ?? 'unknown'}-${kindSlug(key.kind)}`;
	for (let n = 1; ; n++) {
		const path = n === 1 ? `${base}.md` : `${base}-${n}.md`;
		if (taken.has(path)) continue;
		const occupant = existing.find((file) => file.path === path);
		if (!occupant || (occupant.sourceFile === key.sourceFile && occupant.sourcePart === key.part))
			return path;
	}
}
