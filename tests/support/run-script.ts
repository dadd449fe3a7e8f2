import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from './paths.ts';

const run = promisify(execFile);

/** What a script run gave: its exit code and its output. */
export interface ScriptRun {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs one of the repository's scripts as `npm run` does: this Node, in the repository root,
 * outside GitHub Actions (no annotations, no step summary), with the given environment on top.
 * @param script the script's path from the repository root, e.g. scripts/check-content.ts
 * @param args its arguments
 * @param env more environment, e.g. CONTENT_DIR
 * @returns its exit code and output, whether it succeeded or not
 */
export async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
	try {
		const { stdout, stderr } = await run(process.execPath, [script, ...args], {
			cwd: REPO_ROOT,
			env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', INIT_CWD: REPO_ROOT, CONTENT_DIR: '', ...env },
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as ScriptRun;
		return { code, stdout, stderr };
	}
}
