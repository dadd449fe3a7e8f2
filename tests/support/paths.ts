import { fileURLToPath } from 'node:url';

/** The repository root (the directory that holds package.json and astro.config.mjs). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Scratch space for test builds and screenshots; git-ignored, never committed. */
export const TMP_DIR = fileURLToPath(new URL('../.tmp/', import.meta.url));
