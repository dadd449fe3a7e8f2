import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { REPO_ROOT, TMP_DIR } from './paths.ts';
import './provided.d.ts';

/**
 * Global setup of the `build` project: builds the fixture content root once, for every
 * tests/build test, and provides its path as inject('fixtureDist').
 */
export default async function setup(project: TestProject): Promise<void> {
	const contentDir = join(REPO_ROOT, 'tests/fixtures/site');
	const built = await buildSite({ contentDir, outDir: join(TMP_DIR, 'fixture-dist') });
	console.log(`[tests] built ${contentDir} → ${built.outDir} in ${built.seconds.toFixed(1)} s`);
	project.provide('fixtureDist', built.outDir);
}
