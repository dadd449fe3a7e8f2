import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { TEST_REPOSITORY_ENV } from './git-repo.ts';
import { createHistorySite } from './history-site.ts';
import { PROJECT_SITE } from './project-site.ts';
import { REPO_ROOT, TMP_DIR } from './paths.ts';
import { rewordContent } from './reword-content.ts';
import './provided.d.ts';

const FIXTURE_SITE = join(REPO_ROOT, 'tests/fixtures/site');

/**
 * Global setup of the `build` project: builds the fixture content root once for every tests/build
 * test (inject('fixtureDist')), a second time into another folder to check that the same input gives
 * the same bytes (inject('fixtureDistRepeat')), and once more from a reworded copy to check that
 * permalinks survive rewording (inject('rewordedDist')), and a small content root inside a git
 * repository of its own, for the plan pages' 修改记录 and edit links (inject('historyDist')), and the
 * fixture once more as a GitHub Pages project site serves it, under PROJECT_SITE.basePath
 * (inject('projectSiteDist')). Builds
 * in test files would run beside each other and share the project's .astro/ folder.
 */
export default async function setup(project: TestProject): Promise<void> {
	// The open data page states the build date: one date for every build of this run, even one
	// that crosses midnight, so that the two builds of the same content can be compared byte for byte.
	process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));
	// Each content root gets its own Astro cache: a shared one can keep entries of another root.
	const build = async (name: string, contentDir: string, env?: Record<string, string>) => {
		const built = await buildSite({ contentDir, outDir: join(TMP_DIR, name), cacheDir: join(TMP_DIR, 'astro-cache', name), env });
		console.log(`[tests] built ${contentDir} → ${built.outDir} in ${built.seconds.toFixed(1)} s`);
		return built.outDir;
	};
	project.provide('fixtureDist', await build('fixture-dist', FIXTURE_SITE));
	project.provide('fixtureDistRepeat', await build('fixture-dist-repeat', FIXTURE_SITE));
	const rewordedSite = await rewordContent(FIXTURE_SITE, join(TMP_DIR, 'reworded-site'));
	project.provide('rewordedDist', await build('reworded-dist', rewordedSite));
	const historySite = createHistorySite(join(TMP_DIR, 'history-site'));
	project.provide('historyDist', await build('history-dist', historySite.contentDir, TEST_REPOSITORY_ENV));
	project.provide('historyCommits', historySite.commits);
	project.provide('projectSiteDist', await build('project-site-dist', FIXTURE_SITE, { SITE_URL: PROJECT_SITE.siteUrl, BASE_PATH: PROJECT_SITE.basePath }));
}
