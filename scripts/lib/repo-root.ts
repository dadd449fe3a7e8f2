import { fileURLToPath } from 'node:url';

/** The repository root (the directory that holds package.json and astro.config.mjs). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
