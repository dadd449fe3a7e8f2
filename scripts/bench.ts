/**
 * `npm run bench -- --plans <N> [--seed <S>] [--search] [--keep]`: generates a synthetic corpus of
 * N plans, builds it exactly as `npm run build` does (CONTENT_DIR/OUT_DIR, NODE_ENV=production),
 * measures time, memory and sizes, optionally probes search in Chromium, and prints progress to
 * stderr and one JSON line, last, to stdout.
 */
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseBenchArgs } from './lib/args.ts';
import { buildSite } from './lib/build-site.ts';
import { launchChromium } from './lib/chromium.ts';
import { sampleTreeRss, type RssSampler } from './lib/process-tree-rss.ts';
import { REPO_ROOT } from './lib/repo-root.ts';
import { probeSearch, summariseProbes, type SearchMetrics } from './lib/search-probe.ts';
import { measureSite } from './lib/site-metrics.ts';
import { serveStaticInThread } from './lib/static-server.ts';
import { collectSentences, generateCorpus } from './lib/synthetic-corpus.ts';

const args = parseBenchArgs(process.argv.slice(2));
if ('error' in args) {
	console.error(args.error);
	process.exit(2);
}
/** Other work on the machine slows every number down; the load averages say how much there was. */
const loadAtStart = loadavg()[0];
const progress = (message: string) => console.error(`[bench] ${message}`);
const seconds = (value: number) => Number(value.toFixed(2));

// The corpus mixes in sentences of the repository's real plans, so its text reads like theirs.
const realPlans = join(REPO_ROOT, 'content/plans');
const realFiles = (await readdir(realPlans, { recursive: true })).filter((path) => path.endsWith('.md')).sort();
const sentences = collectSentences(
	await Promise.all(realFiles.map(async (path) => (await readFile(join(realPlans, path), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, ''))),
);
const corpus = generateCorpus({ plans: args.plans, seed: args.seed, sentences });

const work = await mkdtemp(join(tmpdir(), `health-plans-bench-${args.plans}-`));
const contentDir = join(work, 'content');
await mkdir(contentDir);
await writeFile(join(contentDir, 'regions.yaml'), corpus.regionsYaml);
for (const shared of ['topics.yaml', 'synonyms.yaml', 'indicators.yaml']) await writeFile(join(contentDir, shared), await readFile(join(REPO_ROOT, 'content', shared)));
for (const plan of corpus.plans) {
	await mkdir(join(contentDir, dirname(plan.path)), { recursive: true });
	await writeFile(join(contentDir, plan.path), plan.text);
}
const items = corpus.plans.reduce((total, plan) => total + plan.items, 0);
progress(`${corpus.plans.length} plans, ${items} items written to ${contentDir}`);

let sampler: RssSampler | undefined;
const built = await buildSite({
	contentDir,
	outDir: join(work, 'dist'),
	// A cold cache of its own: a shared one would mix in plans of other builds and skip rendering.
	cacheDir: join(work, 'cache'),
	onSpawn: (pid) => (sampler = sampleTreeRss(pid)),
	onOutput: (chunk) => process.stderr.write(chunk),
});
const peakRss = sampler?.stop() ?? 0;
// The index step prints its own indexing time (scripts/build-search-index.ts); Astro's part is the rest.
const pagefindSeconds = Number(/Pagefind 已索引 \d+ 条记录（\d+ 个分片），用时 ([\d.]+) 秒/.exec(built.output)?.[1] ?? NaN);
if (Number.isNaN(pagefindSeconds)) throw new Error('the build did not print the Pagefind timing line');
progress(`built in ${built.seconds.toFixed(1)} s; measuring ${built.outDir}`);

const loadAfterBuild = loadavg()[0];
const site = measureSite(built.outDir, new Map(corpus.plans.map((plan) => [plan.path.replace(/^plans\/|\.md$/g, ''), plan.bodyBytes])));

let search: SearchMetrics | undefined;
if (args.search) {
	progress('probing search in Chromium');
	const server = await serveStaticInThread(built.outDir);
	const browser = await launchChromium();
	try {
		search = summariseProbes(await probeSearch(browser, server.url, built.outDir));
	} finally {
		await browser.close();
		await server.close();
	}
}

if (args.keep) progress(`kept ${work}`);
else await rm(work, { recursive: true, force: true });

console.log(
	JSON.stringify({
		plans: corpus.plans.length,
		items,
		seed: args.seed,
		versions: { node: process.versions.node, astro: await versionOf('astro'), pagefind: await versionOf('pagefind') },
		cores: availableParallelism(),
		load_1m: { start: seconds(loadAtStart), after_build: seconds(loadAfterBuild) },
		astro_seconds: seconds(built.seconds - pagefindSeconds),
		pagefind_seconds: seconds(pagefindSeconds),
		total_seconds: seconds(built.seconds),
		peak_rss_mb: Math.round(peakRss / 2 ** 20),
		...site,
		...(search && { search }),
	}),
);

/** @returns the installed version of a package */
async function versionOf(name: string): Promise<string> {
	return (JSON.parse(await readFile(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}
