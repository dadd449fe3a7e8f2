import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/paths.ts';

interface Step {
	uses?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

const text = readFileSync(join(REPO_ROOT, '.github/workflows/deploy.yml'), 'utf8');
const workflow = load(text) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the deploy workflow', () => {
	it('runs on pushes to main and by hand', () => {
		expect(workflow.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
	});

	it('pins every action to a full commit, with its version in a comment', () => {
		const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
		expect(uses.length).toBe(5);
		for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	});

	it('grants nothing by default, and only the deploy job may write to Pages', () => {
		expect(workflow.permissions).toEqual({});
		expect(workflow.jobs.build.permissions).toEqual({ contents: 'read', pages: 'read' });
		expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	});

	it('checks out the whole history, which the plan pages’ 修改记录 need', () => {
		const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
		expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
	});

	it('builds with the address and base path GitHub Pages gives, so a project site is built under its path', () => {
		const build = steps.find((step) => step.env?.SITE_URL);
		expect(build?.env).toMatchObject({ SITE_URL: '${{ steps.pages.outputs.base_url }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
	});
});
