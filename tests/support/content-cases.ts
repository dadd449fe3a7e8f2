import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, TMP_DIR } from './paths.ts';

/** Fixture content cases: each folder holds only what differs from tests/fixtures/content/base/. */
export const CONTENT_CASES_DIR = join(REPO_ROOT, 'tests/fixtures/content');

/**
 * @param kind `invalid` (one problem each) or `valid` (must pass)
 * @returns the case names, i.e. the folder names, sorted
 */
export function listContentCases(kind: 'invalid' | 'valid'): string[] {
	return readdirSync(join(CONTENT_CASES_DIR, kind)).sort();
}

/**
 * Builds the content root of one case in tests/.tmp: the shared base (regions.yaml, topics.yaml)
 * overlaid with the case's own files, so each case stays a file or two and says one thing.
 * @param kind `invalid` or `valid`
 * @param name the case folder
 * @param root where to build it: a test that adds files of its own needs a folder no other test
 *   rebuilds while it runs
 * @returns the absolute content root, to pass as CONTENT_DIR
 */
export function materialiseContentCase(kind: 'invalid' | 'valid', name: string, root = join(TMP_DIR, 'content-cases', kind, name)): string {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(join(CONTENT_CASES_DIR, 'base'), root, { recursive: true });
	const overlay = join(CONTENT_CASES_DIR, kind, name);
	if (!existsSync(overlay)) throw new Error(`No content case ${kind}/${name}`);
	cpSync(overlay, root, { recursive: true });
	return root;
}
