/**
 * Reads `git status --porcelain=v1 -z --untracked-files=all`: what the working tree holds that
 * the last commit does not (new, changed, staged or renamed files).
 * @param output git's output: "XY path" entries, NUL-separated; a rename or copy is followed by
 *   its old path, which is not a file of the working tree
 * @returns the paths, from the repository's top, in git's order
 */
export function parseGitStatus(output: string): string[] {
	const tokens = output.split('\0').filter((token) => token !== '');
	const paths: string[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const entry = tokens[index];
		paths.push(entry.slice(3));
		if (entry[0] === 'R' || entry[0] === 'C') index++;
	}
	return paths;
}
