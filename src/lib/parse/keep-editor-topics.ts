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

/** A front matter field of a plan file, or undefined when the file has none or does not parse. */
function frontMatterField(file: string, field: string): unknown {
	const yaml = splitFrontMatter(file).yaml;
	try {
		return yaml === null ? undefined : (load(yaml) as Record<string, unknown> | null)?.[field];
	} catch {
		return undefined;
	}
}

/**
 * Tells when a re-import replaces a different `provenance`. Like every field the importer decides
 * (title, agency, year …), provenance is written afresh from the text; only topics, which the
 * importer knows nothing of, are carried over. An editor who corrected it (a government page whose
 * text showed nothing of its site, reprint → official) must be told, to set it again.
 * @param imported the plan file the import wrote
 * @param existing the text of the file it replaces
 * @returns the replaced and the new value, or null when they agree or either is missing
 */
export function replacedProvenance(
	imported: string,
	existing: string,
): { before: string; after: string } | null {
	const before = frontMatterField(existing, 'provenance');
	const after = frontMatterField(imported, 'provenance');
	if (typeof before !== 'string' || typeof after !== 'string' || before === after) return null;
	return { before, after };
}
