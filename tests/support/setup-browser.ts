import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { assertChromium } from '../../scripts/lib/chromium.ts';
import { TEST_REPOSITORY_ENV } from './git-repo.ts';
import { REPO_ROOT, TMP_DIR } from './paths.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import './provided.d.ts';

/** Plans per search shard in the browser tests' build: the real content then has four shards. */
export const SEARCH_SHARD_PLANS = 5;

/**
 * Size of the index chunks in the browser tests' build: tiny, so that the small real content
 * has many chunks per shard and a prefix term (医, DRG) reaches several of them, as it does
 * at a thousand plans with the site's default size.
 */
export const SEARCH_INDEX_CHUNK_SIZE_FOR_TESTS = 200;

/**
 * Global setup of the `browser` project: builds the repository's real content/ (or
 * TEST_SITE_CONTENT_DIR, to try the browser tests on another content root) into
 * tests/.tmp/site-dist — never dist/ — with small search shards, and serves it on 127.0.0.1 at a
 * free port.
 * @returns the teardown, which stops the server
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	// Fail before a 10 s build if the browser is missing: these tests must never be skipped.
	assertChromium();
	const contentDir = process.env.TEST_SITE_CONTENT_DIR
		? resolve(REPO_ROOT, process.env.TEST_SITE_CONTENT_DIR)
		: join(REPO_ROOT, 'content');
	// Small search shards and chunks, so that every search test also searches across merged
	// shards, and prefix terms across chunks.
	const built = await buildSite({ contentDir, outDir: join(TMP_DIR, 'site-dist'), cacheDir: join(TMP_DIR, 'astro-cache', 'site-dist'), plansPerSearchShard: SEARCH_SHARD_PLANS, searchIndexChunkSize: SEARCH_INDEX_CHUNK_SIZE_FOR_TESTS, env: TEST_REPOSITORY_ENV });
	const siteDist = built.outDir;
	console.log(`[tests] built ${contentDir} → ${siteDist} in ${built.seconds.toFixed(1)} s`);
	const server = await serveStatic(siteDist);
	console.log(`[tests] serving ${siteDist} at ${server.url}`);
	project.provide('siteDist', siteDist);
	project.provide('siteUrl', server.url);
	return () => server.close();
}
