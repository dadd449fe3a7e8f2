import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSentences, generateCorpus } from '../../../scripts/lib/synthetic-corpus.ts';
import { checkListFile } from '../../../src/lib/check/check-list-file.ts';
import { checkPlanFile } from '../../../src/lib/check/check-plan.ts';
import { formatProblem } from '../../../src/lib/check/problem.ts';
import { RegionSchema } from '../../../src/schemas/region.ts';
import { REPO_ROOT } from '../../support/paths.ts';

const plansDir = join(REPO_ROOT, 'content/plans');
const sentences = collectSentences(
	readdirSync(plansDir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.md'))
		.sort()
		.map((path) => readFileSync(join(plansDir, path), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
);
const corpus = (seed: number) => generateCorpus({ plans: 20, seed, sentences });

describe('generateCorpus', () => {
	it('gives the same corpus for the same seed and another for another seed', () => {
		expect(corpus(7)).toEqual(corpus(7));
		expect(corpus(8).plans.map((plan) => plan.text)).not.toEqual(corpus(7).plans.map((plan) => plan.text));
	});

	it('generates regions and plans that pass the content check', () => {
		const { regionsYaml, plans } = corpus(7);
		const regions = checkListFile('content/regions.yaml', regionsYaml, RegionSchema);
		const problems = [
			...regions.problems,
			...plans.flatMap((plan) => checkPlanFile(`content/${plan.path}`, plan.text, { regionIds: regions.ids, topicIds: new Set() })),
		];
		expect(problems.map(formatProblem)).toEqual([]);
		expect(new Set(plans.map((plan) => plan.path)).size).toBe(plans.length);
	});
});
