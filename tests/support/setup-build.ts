import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { REPO_ROOT, TMP_DIR } from './paths.ts';
import './provided.d.ts';

/**
 * Global setup of the `build` project: builds the fixture content root once, for every
 * tests/build test, and provides its path as inject('fixtureDist').
 */
export default async function setup(project: TestProject): Promise<void> {
	const fixtureDist = await buildSite({
		contentDir: join(REPO_ROOT, 'tests/fixtures/site'),
		outDir: join(TMP_DIR, 'fixture-dist'),
	});
	project.provide('fixtureDist', fixtureDist);
}
