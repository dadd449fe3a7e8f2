import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMarker } from '../../src/lib/parse/markers.ts';

/** Word swaps an editor might make; none of them touches a numbering marker. */
const SWAPS = [
	['加强', '强化'],
	['推进', '推动'],
	['建设', '建立'],
	['服务', '服务工作'],
] as const;

/** Rewords a text the way an editor corrects a plan: other words, the same meaning, more of them. */
function reword(text: string): string {
	const swapped = SWAPS.reduce((result, [from, to]) => result.replaceAll(from, to), text);
	return `经修订${swapped}等`;
}

/**
 * Rewords every heading and paragraph of a plan body and keeps its structure: each heading keeps
 * its level and its numbering marker exactly as written, only the words after the marker change;
 * each paragraph line gets other words too. Front matter and blank lines stay as they are.
 * @param markdown a whole plan file
 * @returns the plan file with its body reworded
 */
export function rewordPlan(markdown: string): string {
	const front = /^---\n[\s\S]*?\n---\n/.exec(markdown)?.[0] ?? '';
	const body = markdown
		.slice(front.length)
		.split('\n')
		.map((line) => {
			if (line.trim() === '') return line;
			const heading = /^(#{1,6}\s+)(.*)$/.exec(line);
			if (!heading) return reword(line);
			const [, hashes, text] = heading;
			const marker = parseMarker(text)?.raw ?? '';
			return `${hashes}${marker}${reword(text.slice(marker.length))}`;
		})
		.join('\n');
	return `${front}${body}`;
}

/**
 * Copies a content root (plans/, regions.yaml, topics.yaml) and rewords every plan in the copy
 * with {@link rewordPlan}, to check that permalinks do not depend on wording.
 * @param contentDir the content root to copy
 * @param targetDir where the reworded copy goes; emptied first
 * @returns targetDir
 */
export async function rewordContent(contentDir: string, targetDir: string): Promise<string> {
	await rm(targetDir, { recursive: true, force: true });
	await cp(contentDir, targetDir, { recursive: true });
	const plans = join(targetDir, 'plans');
	for (const entry of await readdir(plans, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		await writeFile(file, rewordPlan(await readFile(file, 'utf8')));
	}
	return targetDir;
}
