import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's virtual module holding the content store, as Vite resolves it. */
const DATA_STORE_MODULE_ID = /^\0astro:data-layer-content$/;
const SINGLE_LITERAL_PREFIX = 'export default JSON.parse(';
/** A store module larger than this that cannot be rewritten is worth a warning. */
const LARGE_STORE_CHARS = 1 << 20;

/**
 * Turns Astro's `export default JSON.parse("<whole store>")` into a module that reads the same
 * JSON from a file when it runs.
 * @param code the module as Astro generates it
 * @param file the absolute path the JSON will be written to
 * @returns the JSON to write and the new module, or null for code of another shape (an empty
 *   store, Astro's chunked storage). Small stores are moved too, so that every build, the tests'
 *   small fixtures included, reads its store the same way.
 */
export function storeModuleReadingFile(code: string, file: string): { json: string; code: string } | null {
	if (!code.startsWith(SINGLE_LITERAL_PREFIX) || !code.endsWith(')')) return null;
	const json: unknown = JSON.parse(code.slice(SINGLE_LITERAL_PREFIX.length, -1));
	if (typeof json !== 'string') return null;
	return {
		json,
		code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
	};
}

/**
 * Keeps the content store out of the bundled server code. Astro puts the whole store (every
 * plan's Markdown and rendered HTML, hundreds of megabytes at thousands of plans) into one string
 * literal of the module that the build bundles, compiles and then runs to render the pages. V8
 * compiles one string literal in time that grows with the square of its length, and the bundler
 * carries the whole literal too, so the build would grow faster than the number of plans.
 * Reading the same JSON from a file at run time avoids both and gives the same parsed value.
 *
 * Only for a static build, whose server code runs once, here, where the file is: an adapter's
 * server would run elsewhere. Each build has a file of its own, in Astro's cache folder, removed
 * when the build is done, so that a dev server or another build sharing the folder cannot
 * change the store under it.
 * @returns the integration
 */
export function dataStoreFromFile(): AstroIntegration {
	let file: string | undefined;
	return {
		name: 'health-plans:data-store-from-file',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				if (config.output !== 'static' || config.adapter) return;
				const name = command === 'build' ? `data-store-module.build-${process.pid}.json` : `data-store-module.${command}.json`;
				file = fileURLToPath(new URL(name, config.cacheDir));
				updateConfig({ vite: { plugins: [readStoreFromFile(file)] } });
			},
			'astro:build:done': () => {
				if (file) rmSync(file, { force: true });
			},
		},
	};
}

function readStoreFromFile(file: string): Plugin {
	return {
		name: 'health-plans:data-store-from-file',
		enforce: 'post',
		transform: {
			// Vite calls the handler only for the module the filter names.
			filter: { id: DATA_STORE_MODULE_ID },
			handler(code) {
				const module = storeModuleReadingFile(code, file);
				if (!module) {
					// A large store in another shape would be compiled slowly again: say so.
					if (code.length > LARGE_STORE_CHARS) this.warn('内容存储模块的形式已变，未能改为从文件读取，构建会变慢（src/integrations/data-store-from-file.ts）');
					return null;
				}
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, module.json);
				return { code: module.code, map: { mappings: '' } };
			},
		},
	};
}
