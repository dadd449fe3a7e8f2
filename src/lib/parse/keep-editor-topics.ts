import { dump } from 'js-yaml';

/**
 * Carries an editor's topic corrections (the `topics` front matter) from the plan file an import
 * is about to replace into the file it writes. The importer knows nothing of them, and a
 * re-import of the same source must not undo an editor's work; the anchors they name come from
 * the numbering, which a re-import of the same text keeps.
 * @param imported the plan file the import wrote (front matter without `topics`)
 * @param existing the front matter of the file it replaces (frontMatterFields)
 * @returns the imported file with the existing `topics` added at the end of its front matter,
 *   and how many items they name (0, and the file unchanged, when there are none)
 */
export function keepEditorTopics(imported: string, existing: Readonly<Record<string, unknown>>): { markdown: string; kept: number } {
	const { topics } = existing;
	if (typeof topics !== 'object' || topics === null || Array.isArray(topics) || Object.keys(topics).length === 0) {
		return { markdown: imported, kept: 0 };
	}
	const close = imported.indexOf('\n---\n');
	if (!imported.startsWith('---\n') || close === -1) return { markdown: imported, kept: 0 };
	const block = dump({ topics }, { lineWidth: -1, noRefs: true, flowLevel: 2 });
	return { markdown: `${imported.slice(0, close + 1)}${block}${imported.slice(close + 1)}`, kept: Object.keys(topics).length };
}

/**
 * Tells when a re-import replaces a different `provenance`. Like every field the importer decides
 * (title, agency, year …), provenance is written afresh from the text; only topics, which the
 * importer knows nothing of, are carried over. An editor who corrected it (a government page whose
 * text showed nothing of its site, reprint → official) must be told, to set it again.
 * @param existing the front matter of the file it replaces (frontMatterFields)
 * @param decided the provenance the import decided and wrote
 * @returns the replaced and the new value, or null when they agree or the replaced file has none
 */
export function replacedProvenance(existing: Readonly<Record<string, unknown>>, decided: string): { before: string; after: string } | null {
	const before = existing.provenance;
	if (typeof before !== 'string' || before === decided) return null;
	return { before, after: decided };
}
