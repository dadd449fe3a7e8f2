import { fileURLToPath } from 'node:url';

export { REPO_ROOT } from '../../scripts/lib/repo-root.ts';

/** Scratch space for test builds and screenshots; git-ignored, never committed. */
export const TMP_DIR = fileURLToPath(new URL('../.tmp/', import.meta.url));
