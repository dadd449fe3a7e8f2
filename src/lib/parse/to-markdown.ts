import { dump } from 'js-yaml';
import { escapeHeadingText, escapeParagraph } from './escape.ts';
import type { OutlineBlock, PlanMetadata } from './types.ts';

/**
 * The front matter fields a new file is written with: an import's metadata, or a file begun by
 * `npm run new`, which has no raw text file and may not know when it was imported.
 */
export type FrontMatterFields = Omit<PlanMetadata, 'source' | 'imported'> & {
	source: Omit<PlanMetadata['source'], 'file'> & { file: string | null };
	imported: string | null;
};

/**
 * Writes front matter with the keys in the order of the plan contract (title … draft), so that
 * diffs of imported files stay readable and stable. The importer and `npm run new` both write
 * through it.
 * @param metadata the plan's metadata
 * @returns YAML between `---` fences, ending with a newline
 */
export function renderFrontMatter(metadata: FrontMatterFields): string {
	const ordered = {
		title: metadata.title,
		region: metadata.region,
		agency: metadata.agency,
		year: metadata.year,
		kind: metadata.kind,
		provenance: metadata.provenance,
		published: metadata.published,
		index_no: metadata.index_no,
		doc_no: metadata.doc_no,
		disclosure: metadata.disclosure,
		subject_class: metadata.subject_class,
		source: {
			file: metadata.source.file,
			url: metadata.source.url,
			title: metadata.source.title,
			part: metadata.source.part,
			parts: metadata.source.parts,
		},
		imported: metadata.imported,
		notice: metadata.notice,
		flags: metadata.flags.map(({ code, note }) => ({ code, note })),
		draft: metadata.draft,
	};
	return `---\n${dump(ordered, { lineWidth: -1, noRefs: true })}---\n`;
}

/**
 * Writes a plan body: lead paragraphs, then headings (一、 → `##`, （一） → `###` …) that keep the
 * source's marker exactly as written, each followed by its paragraphs.
 * @param blocks the outline blocks in order
 * @returns the Markdown body, ending with a newline
 */
export function renderBody(blocks: readonly OutlineBlock[]): string {
	const parts = blocks.map((block) =>
		block.type === 'heading'
			? `${'#'.repeat(block.level + 1)} ${block.marker.raw}${escapeHeadingText(block.title)}`
			: escapeParagraph(block.text),
	);
	return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}

/**
 * Writes a complete plan file.
 * @param metadata the plan's front matter
 * @param blocks the body's outline blocks
 * @returns the file's text
 */
export function renderPlanMarkdown(
	metadata: PlanMetadata,
	blocks: readonly OutlineBlock[],
): string {
	const body = renderBody(blocks);
	return body === '' ? renderFrontMatter(metadata) : `${renderFrontMatter(metadata)}\n${body}`;
}
