/**
 * npm run new -- --region <id> --year <y> --kind <k> [--provenance <p>] [--suffix <n>]
 *
 * Starts a plan file by hand: content/plans/<region>/<year>-<kind>.md with every front matter
 * field and a body skeleton of placeholders, as a draft that passes the content check. Never
 * replaces a file. The choices and the text are src/lib/new-plan.ts's; this only reads and writes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONTENT_ROOT, displayContentPath } from '../src/content-root.ts';
import { newPlanNextSteps, resolveNewPlan } from '../src/lib/new-plan.ts';
import { parseNewPlanArgs } from './lib/args.ts';
import { readRegions } from './lib/plan-files.ts';

const request = parseNewPlanArgs(process.argv.slice(2));
if ('error' in request) {
	console.error(`✖ ${request.error}`);
	process.exit(1);
}

const { regions, listed, warning } = readRegions(join(CONTENT_ROOT, 'regions.yaml'));
if (warning) console.warn(`⚠ ${warning}`);

const plansDir = join(CONTENT_ROOT, 'plans');
const plan = resolveNewPlan(request, {
	regions,
	listedRegionIds: listed,
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
console.log(newPlanNextSteps(plan, displayContentPath(target)).join('\n'));
