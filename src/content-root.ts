import { isAbsolute, resolve } from 'node:path';

/**
 * The content root: `content/` of the repository, or `CONTENT_DIR` when tests and benchmarks
 * build other content. Shared by the collections, the data files and the scripts.
 */
export const CONTENT_ROOT = resolve(
	process.env.CONTENT_DIR && process.env.CONTENT_DIR.trim() !== ''
		? isAbsolute(process.env.CONTENT_DIR)
			? process.env.CONTENT_DIR
			: resolve(process.cwd(), process.env.CONTENT_DIR)
		: resolve(process.cwd(), 'content'),
);
