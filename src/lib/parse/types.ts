import type { PlanKind } from '../kinds.ts';
import type { Provenance } from '../provenance.ts';
import type { QualityFlagCode } from '../quality-flags.ts';
import type { Marker } from './markers.ts';
import type { ProvenanceDecision } from './provenance.ts';

/** One line of the raw text after normalisation, with its 1-based line number in the raw file. */
export interface SourceLine {
	/** 1-based line number in the raw file, so the report can point editors at it. */
	no: number;
	/** The line's text, trimmed, with page chrome such as table pipes removed. */
	text: string;
}

/** A quality flag as written into front matter. */
export interface QualityFlag {
	code: QualityFlagCode;
	/** What exactly is wrong in this document, in Chinese. */
	note: string;
}

/** Why a piece of raw text does not appear in the Markdown body. */
export type RemovalKind =
	/** Page chrome: welcome lines, bylines, read counters, image placeholders, table pipes … */
	| 'chrome'
	/** A disclosure metadata line whose values went into front matter. */
	| 'metadata'
	/** A title line that went into front matter (title, source.title). */
	| 'title'
	/** Advertising or click-bait text inserted into the document. */
	| 'spam'
	/** Characters that cannot be text (control characters, replacement characters). */
	| 'garbled';

/** A piece of raw text that the importer took out of the body, listed in the report. */
export interface Removal {
	/** 1-based line number in the raw file. */
	line: number;
	kind: RemovalKind;
	/**
	 * The removed text as the importer read it (the whole line, or the fragment removed from it),
	 * i.e. after normalise.ts#cleanLine dropped invisible characters and unified spaces.
	 */
	text: string;
	/** True when the whole line was removed, false when only a fragment was. */
	wholeLine: boolean;
	/** Why, in Chinese, for the report. */
	reason: string;
}

/** Disclosure metadata of one document; null means the source does not say. */
export interface PlanMetadata {
	title: string;
	region: string | null;
	agency: string | null;
	year: number | null;
	kind: PlanKind;
	/** Where the text comes from, as far as it shows (provenance.ts). */
	provenance: Provenance;
	published: string | null;
	index_no: string | null;
	doc_no: string | null;
	disclosure: string | null;
	subject_class: string | null;
	source: {
		file: string;
		url: string | null;
		title: string | null;
		part: number | null;
		parts: number | null;
	};
	imported: string;
	notice: string | null;
	flags: QualityFlag[];
	draft: boolean;
}

/** A block of a plan body: a numbered heading or a paragraph. */
export type OutlineBlock =
	| {
			type: 'heading';
			/** Outline level, 1 for `##`. */
			level: number;
			marker: Marker;
			/** The title after the marker (up to and including its full stop, if any). */
			title: string;
			/** 1-based raw line number the heading came from. */
			line: number;
	  }
	| {
			type: 'paragraph';
			text: string;
			line: number;
	  };

/** A region of content/regions.yaml, as far as the importer needs it. */
export interface RegionEntry {
	id: string;
	name: string;
	level: string;
	parent: string | null;
}

/** A file already present in the output directory, so that new files do not overwrite it. */
export interface ExistingPlanFile {
	/** Path relative to the output directory, with forward slashes. */
	path: string;
	/** `source.file` of that plan, to recognise a re-import of the same source. */
	sourceFile: string | null;
	/** `source.part` of that plan. */
	sourcePart: number | null;
}

/** Options of {@link importPlanText}. */
export interface ImportOptions {
	/** Date of the import, YYYY-MM-DD, written to `imported`. */
	importedOn: string;
	/** Known regions; a region not in this list stays null. Default: none. */
	regions?: readonly RegionEntry[];
	/** Files already in the output directory. Default: none. */
	existing?: readonly ExistingPlanFile[];
}

/** One document produced by the importer. */
export interface ImportedDocument {
	/** Path relative to the output directory, e.g. `qinhuangdao/2019-priorities.md`. */
	path: string;
	markdown: string;
	metadata: PlanMetadata;
	flags: QualityFlag[];
	/** Number of numbered headings in the body. */
	headings: number;
	/** Front matter fields the importer could not fill (left null). */
	missing: string[];
	/** Why the importer chose the document's provenance (the same for every part of a text). */
	provenance: ProvenanceDecision;
}

/** What the importer did, for the staff-facing report. */
export interface ImportReport {
	sourceName: string;
	documents: ImportedDocument[];
	/** Every piece of raw text that is not in a Markdown body, with its line number. */
	removals: Removal[];
	/** Other remarks for the editor, in Chinese. */
	notes: string[];
}

/** Result of {@link importPlanText}. */
export interface ImportResult {
	documents: ImportedDocument[];
	report: ImportReport;
}
