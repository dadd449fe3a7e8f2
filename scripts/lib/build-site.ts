import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

export interface BuildSiteOptions {
	/** Content root to build (a folder with plans/, regions.yaml, topics.yaml); passed as CONTENT_DIR. */
	contentDir: string;
	/** Where the built site goes; emptied first; passed as OUT_DIR. */
	outDir: string;
	/** Astro's cache folder, passed as CACHE_DIR; default node_modules/.astro, shared by every build. */
	cacheDir?: string;
	/** Plans per search index shard (SEARCH_PLANS_PER_SHARD); the site's default when absent. */
	plansPerSearchShard?: number;
	/** Size of Pagefind's index chunks (SEARCH_INDEX_CHUNK_SIZE); the site's default when absent. */
	searchIndexChunkSize?: number;
	/** More environment variables for the build, e.g. REPOSITORY for the edit and history links; they win over the process's own. */
	env?: Record<string, string>;
	/** Called with the build process id once it runs (the benchmark samples its memory). */
	onSpawn?: (pid: number) => void;
	/** Called with every chunk of the build's output as it arrives (the benchmark shows progress). */
	onOutput?: (chunk: string) => void;
}

/** A finished build. */
export interface BuiltSite {
	/** The absolute output folder, which holds index.html and pagefind/. */
	outDir: string;
	/** Everything the build printed, stdout and stderr interleaved. */
	output: string;
	/** Wall time of the build process in seconds. */
	seconds: number;
}

/** Ensures only one build runs at a time in this process (see buildSite). */
const queueKey = Symbol.for('health-plans.tests.build-queue');
type Queue = { tail: Promise<unknown> };
const queue: Queue = ((globalThis as Record<symbol, unknown>)[queueKey] as Queue | undefined) ??
	((globalThis as Record<symbol, unknown>)[queueKey] = { tail: Promise.resolve() });

/**
 * Builds the site from one content root into one output folder with the real `npm run build`
 * (including the Pagefind index), in a child process so that CONTENT_DIR/OUT_DIR reach
 * astro.config.mjs and src/content-root.ts exactly as they do for staff.
 *
 * Builds are serialised: every project's global setup runs in the same Vitest process, and two
 * Astro builds at once would share `.astro/` and the content-layer cache in node_modules/.astro.
 * @param options the content root, the output folder and optional observers
 * @returns the output folder, the build's output and its wall time
 */
export function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
	const run = queue.tail.then(() => runBuild(options));
	queue.tail = run.catch(() => undefined);
	return run;
}

async function runBuild({ contentDir, outDir, cacheDir, plansPerSearchShard, searchIndexChunkSize, env, onSpawn, onOutput }: BuildSiteOptions): Promise<BuiltSite> {
	const content = isAbsolute(contentDir) ? contentDir : resolve(REPO_ROOT, contentDir);
	const out = isAbsolute(outDir) ? outDir : resolve(REPO_ROOT, outDir);
	if (!existsSync(content)) throw new Error(`Content root not found: ${content}`);
	await rm(out, { recursive: true, force: true });

	const started = Date.now();
	const log: string[] = [];
	const code = await new Promise<number | null>((done, fail) => {
		// `npm run build` itself, so that the tests and the benchmark build with its Node options.
		const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
			cwd: REPO_ROOT,
			// Vitest sets NODE_ENV=test, which would make Astro build drafts as in development.
			env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: content, OUT_DIR: out, ...(cacheDir && { CACHE_DIR: cacheDir }), ...(plansPerSearchShard && { SEARCH_PLANS_PER_SHARD: String(plansPerSearchShard) }), ...(searchIndexChunkSize && { SEARCH_INDEX_CHUNK_SIZE: String(searchIndexChunkSize) }), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		if (child.pid !== undefined) onSpawn?.(child.pid);
		const record = (chunk: Buffer) => {
			const text = chunk.toString();
			log.push(text);
			onOutput?.(text);
		};
		child.stdout.on('data', record);
		child.stderr.on('data', record);
		child.on('error', fail);
		child.on('close', done);
	});
	const output = log.join('');
	if (code !== 0) {
		throw new Error(
			`astro build failed (exit ${code}) for CONTENT_DIR=${content} OUT_DIR=${out}\n` +
				output.split('\n').slice(-60).join('\n'),
		);
	}
	for (const required of ['index.html', 'pagefind/pagefind-entry.json']) {
		if (!existsSync(join(out, required))) {
			throw new Error(`astro build succeeded but ${required} is missing from ${out}\n${output.slice(-4000)}`);
		}
	}
	return { outDir: out, output, seconds: (Date.now() - started) / 1000 };
}
