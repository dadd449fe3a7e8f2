import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentFileOnDisk } from '../../src/content-root.ts';
import { groupBy } from '../../src/lib/group-by.ts';
import { planSourcePath } from '../../src/lib/plan-downloads.ts';

/** What a plan's own data file holds: its record, and its items' and targets' records. */
export interface PlanDataFile<P, I, T> {
	plan: P;
	items: I[];
	indicators: T[];
}

/**
 * Each plan's own data file, dist/data/plans/<id>.json: the same records that plans.json,
 * items.json and indicators.json hold for it, for whoever wants one plan, and for the page that
 * compares any two plans in the browser.
 * @param plans the records of plans.json
 * @param items the records of items.json
 * @param indicators the records of indicators.json
 * @yields each plan's file path under dist/data/ and its content
 */
export function* planDataFiles<P extends { id: string }, I extends { plan: string }, T extends { plan: string }>(
	plans: readonly P[],
	items: readonly I[],
	indicators: readonly T[],
): Generator<{ path: string; file: PlanDataFile<P, I, T> }> {
	const itemsByPlan = groupBy(items, (item) => item.plan);
	const indicatorsByPlan = groupBy(indicators, (indicator) => indicator.plan);
	for (const plan of plans) yield { path: `plans/${plan.id}.json`, file: { plan, items: itemsByPlan.get(plan.id) ?? [], indicators: indicatorsByPlan.get(plan.id) ?? [] } };
}

/**
 * Writes every plan's data file into the built site.
 * @param site the built site (dist/)
 * @param files the files (planDataFiles)
 * @returns how many were written
 */
export async function writePlanDataFiles(site: string, files: Iterable<{ path: string; file: unknown }>): Promise<number> {
	let written = 0;
	for (const { path, file } of files) {
		const target = join(site, 'data', path);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, JSON.stringify(file));
		written += 1;
	}
	return written;
}

/**
 * Copies every plan's source file into the built site (dist/data/plans/<id>.md, src/lib/plan-downloads.ts),
 * byte for byte, so that whoever downloads it has the file the page was built from.
 * @param site the built site (dist/)
 * @param plans the records of plans.json (their id and source_file)
 * @returns how many were copied
 */
export async function copyPlanSourceFiles(site: string, plans: Iterable<{ id: string; source_file: string }>): Promise<number> {
	let copied = 0;
	for (const plan of plans) {
		const target = join(site, planSourcePath(plan.id, plan.source_file));
		await mkdir(dirname(target), { recursive: true });
		await copyFile(contentFileOnDisk(plan.source_file), target);
		copied += 1;
	}
	return copied;
}
