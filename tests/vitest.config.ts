import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every test layer, as Vitest projects (`npm test` runs them all; `--project <name>` runs one):
 * - unit: pure functions, the importer's golden files and the real content/ (node, no build)
 * - build: tests/build over the fixture site built once by tests/support/setup-build.ts
 * - browser: Chromium (playwright-core) over the real content/ built and served on 127.0.0.1
 *   by tests/support/setup-browser.ts
 */
export default defineConfig({
	root,
	test: {
		// Vitest's default is one worker fewer than the cores: one on a 2-core runner, where the
		// browser tests mostly wait on Chromium. Three keep both cores busy.
		maxWorkers: 3,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts', 'tests/import/**/*.test.ts', 'tests/content/**/*.test.ts'],
					// A guard against a hang, not a time limit: the unit tests run beside the builds of the
					// other projects on two cores, where a test of two seconds alone can take several times that.
					testTimeout: 20_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'build',
					environment: 'node',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/support/setup-build.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/setup-browser.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
