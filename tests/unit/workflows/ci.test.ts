import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/paths.ts';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

const text = readFileSync(join(REPO_ROOT, '.github/workflows/ci.yml'), 'utf8');
const workflow = load(text) as Workflow;
const steps = (job: string) => workflow.jobs[job].steps;

describe('the CI workflow', () => {
	it('runs on pull requests, on pushes to main and by hand', () => {
		expect(workflow.on).toEqual({ push: { branches: ['main'] }, pull_request: null, workflow_dispatch: null });
	});

	it('pins every action to a full commit, with its version in a comment', () => {
		const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
		expect(uses.length).toBe(7);
		for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	});

	it('grants nothing by default and lets each job only read the repository', () => {
		expect(workflow.permissions).toEqual({});
		for (const job of Object.values(workflow.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
		for (const job of Object.keys(workflow.jobs)) expect(steps(job).find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'persist-credentials': false });
	});

	it('runs the content check (annotations come from GITHUB_ACTIONS), the tests and the build', () => {
		expect(steps('check').map((step) => step.run)).toContain('npm run check:content');
		expect(steps('test').map((step) => step.run)).toContain('npm test');
		expect(steps('build').map((step) => step.run)).toContain('npm run build');
	});

	it('uploads the built site as the artifact "site"', () => {
		const upload = steps('build').find((step) => step.uses?.startsWith('actions/upload-artifact@'));
		expect(upload?.with).toMatchObject({ name: 'site', path: 'dist/', 'if-no-files-found': 'error' });
	});
});
