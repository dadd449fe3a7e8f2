import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { REPO_ROOT, TMP_DIR } from './paths.ts';
import { rewordContent } from './reword-content.ts';
import './provided.d.ts';

const FIXTURE_SITE = join(REPO_ROOT, 'tests/fixtures/site');

/**
 * Global setup of the `build` project: builds the fixture content root once for every tests/build
 * test (inject('fixtureDist')), a second time into another folder to check that the same input gives
 * the same bytes (inject('fixtureDistRepeat')), and once more from a reworded copy to check that
 * permalinks survive rewording (inject('rewordedDist')).
 */
export default async function setup(project: TestProject): Promise<void> {
	const fixtureDist = await buildSite({
		contentDir: FIXTURE_SITE,
		outDir: join(TMP_DIR, 'fixture-dist'),
	});
	project.provide('fixtureDist', fixtureDist);
	const fixtureDistRepeat = await buildSite({
		contentDir: FIXTURE_SITE,
		outDir: join(TMP_DIR, 'fixture-dist-repeat'),
	});
	project.provide('fixtureDistRepeat', fixtureDistRepeat);
	const rewordedSite = await rewordContent(FIXTURE_SITE, join(TMP_DIR, 'reworded-site'));
	const rewordedDist = await buildSite({
		contentDir: rewordedSite,
		outDir: join(TMP_DIR, 'reworded-dist'),
	});
	project.provide('rewordedDist', rewordedDist);
}
