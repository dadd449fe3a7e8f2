import { dump, load } from 'js-yaml';
import { splitFrontMatter } from '../check/front-matter.ts';

/**
 * Carries an editor's topic corrections (the `topics` front matter) from the plan file an import
 * is about to replace into the file it writes. The importer knows nothing of them, and a
 * re-import of the same source must not undo an editor's work; the anchors they name come from
 * the numbering, which a re-import of the same text keeps.
 * @param imported the plan file the import wrote (front matter without `topics`)
 * @param existing the text of the file it replaces
 * @returns the imported file with the existing `topics` added at the end of its front matter,
 *   and how many items they name (0, and the file unchanged, when there are none)
 */
export function keepEditorTopics(imported: string, existing: string): { markdown: string; kept: number } {
	const existingYaml = splitFrontMatter(existing).yaml;
	let topics: unknown;
	try {
		topics = existingYaml === null ? undefined : (load(existingYaml) as Record<string, unknown> | null)?.topics;
	} catch {
		// A file whose front matter does not parse has no corrections to keep: the check reports it.
		return { markdown: imported, kept: 0 };
	}
	if (typeof topics !== 'object' || topics === null || Array.isArray(topics) || Object.keys(topics).length === 0) {
		return { markdown: imported, kept: 0 };
	}
	const close = imported.indexOf('\n---\n');
	if (!imported.startsWith('---\n') || close === -1) return { markdown: imported, kept: 0 };
	const block = dump({ topics }, { lineWidth: -1, noRefs: true, flowLevel: 2 });
	return { markdown: `${imported.slice(0, close + 1)}${block}${imported.slice(close + 1)}`, kept: Object.keys(topics).length };
}
