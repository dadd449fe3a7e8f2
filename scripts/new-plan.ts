/**
 * npm run new -- --region <id> --year <y> --kind <k> [--provenance <p>] [--suffix <n>]
 *
 * Starts a plan file by hand: content/plans/<region>/<year>-<kind>.md with every front matter
 * field and a body skeleton of placeholders, as a draft that passes the content check. Never
 * replaces a file. The choices and the text are src/lib/new-plan.ts's; this only reads and writes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { CONTENT_ROOT, displayContentPath } from '../src/content-root.ts';
import { newPlanNextSteps, resolveNewPlan } from '../src/lib/new-plan.ts';
import { parseNewPlanArgs } from './lib/args.ts';
import { readRegions } from './lib/plan-files.ts';

const request = parseNewPlanArgs(process.argv.slice(2));
if ('error' in request) {
	console.error(`✖ ${request.error}`);
	process.exit(1);
}

const regionsFile = join(CONTENT_ROOT, 'regions.yaml');
const { regions, warning } = readRegions(regionsFile);
if (warning) console.warn(`⚠ ${warning}`);
/** The ids content/regions.yaml names; a region's first plan is the time to add it there. */
function listedRegionIds(): Set<string> {
	try {
		const entries = existsSync(regionsFile) ? load(readFileSync(regionsFile, 'utf8')) : [];
		return new Set(Array.isArray(entries) ? entries.flatMap((entry) => (typeof entry?.id === 'string' ? [entry.id] : [])) : []);
	} catch {
		return new Set();
	}
}

const plansDir = join(CONTENT_ROOT, 'plans');
const plan = resolveNewPlan(request, {
	regions,
	listedRegionIds: listedRegionIds(),
	exists: (path) => existsSync(join(plansDir, path)),
	today: new Date().toISOString().slice(0, 10),
});
if ('error' in plan) {
	console.error(`✖ ${plan.error}`);
	process.exit(1);
}
const target = join(plansDir, plan.path);
mkdirSync(dirname(target), { recursive: true });
// `wx`: fail rather than replace, even if the file appeared since it was looked for.
writeFileSync(target, plan.markdown, { flag: 'wx' });
console.log(newPlanNextSteps(plan, displayContentPath(target), regions).join('\n'));
