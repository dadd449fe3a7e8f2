import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { importPlanText, type PlanMetadata } from '../../src/lib/parse/index.ts';

/**
 * Openings of real disclosure pages (tests/fixtures/pages/) and their hand labels
 * (labels.yaml), shared by the importer test over them and by measure-pages.ts, which prints the
 * per-field accuracy.
 */

/** Real page openings, one a file, with a header line naming the source address. */
export const PAGES_DIR = new URL('../fixtures/pages/', import.meta.url);

/** The labelled fields, in the order the table prints them. */
export const PAGE_FIELDS = [
	'title',
	'year',
	'kind',
	'index_no',
	'doc_no',
	'agency',
	'provenance',
] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

/** A label: the value, several accepted spellings of it, or null when the page does not say. */
export type PageLabel = string | number | string[] | null;

/** How the importer's value compares with the label. */
export type Outcome = 'right' | 'empty' | 'wrong';

/** One page's labels; held_out marks pages labelled after the rules were written. */
export type PageLabels = Record<PageField, PageLabel> & { held_out?: boolean };

/** One fixture field, judged. */
export interface FieldResult {
	page: string;
	/** True for a page labelled after the importer's rules were written. */
	heldOut: boolean;
	field: PageField;
	label: PageLabel;
	/** What the importer wrote, null when it left the field empty. */
	actual: string | number | null;
	outcome: Outcome;
}

/** Drops the header line that names the source, so that the importer sees the page as stored. */
export function pageText(raw: string): string {
	return raw.replace(/^# source:[^\n]*\n/, '');
}

/** The names of the page fixtures, sorted. */
export function pageNames(): string[] {
	return readdirSync(PAGES_DIR)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => name.replace(/\.txt$/, ''))
		.sort();
}

/** The hand labels of every page. */
export function readPageLabels(): Record<string, PageLabels> {
	return load(readFileSync(new URL('labels.yaml', PAGES_DIR), 'utf8')) as Record<string, PageLabels>;
}

/** Same value for a reader: whitespace and the width of brackets and colons do not count. */
function normalise(value: string | number): string {
	return String(value)
		.replace(/\s+/g, '')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.replace(/：/g, ':');
}

/**
 * The importer's value of a field, null when it left the field empty: a title that is only the
 * file name (the importer's stand-in) and the kind 其他 count as empty.
 */
function actualValue(
	metadata: PlanMetadata,
	field: PageField,
	page: string,
): string | number | null {
	if (field === 'title') return metadata.title === page ? null : metadata.title;
	if (field === 'kind') return metadata.kind === '其他' ? null : metadata.kind;
	return metadata[field];
}

/**
 * Judges one value against its label: right when it equals the label (or one of its spellings),
 * or both are empty; empty when the importer left a labelled field empty; wrong otherwise
 * (including a value where the label says the page does not state one).
 */
export function judge(label: PageLabel, actual: string | number | null): Outcome {
	if (actual === null) return label === null ? 'right' : 'empty';
	if (label === null) return 'wrong';
	const accepted = (Array.isArray(label) ? label : [label]).map(normalise);
	return accepted.includes(normalise(actual)) ? 'right' : 'wrong';
}

/**
 * Imports one page fixture and judges the first document's front matter against the labels.
 * @param page the fixture's name (without .txt)
 * @param labels its labels
 * @returns one result per labelled field
 */
export function measurePage(page: string, labels: PageLabels): FieldResult[] {
	const raw = readFileSync(new URL(`${page}.txt`, PAGES_DIR), 'utf8');
	const result = importPlanText(pageText(raw), `${page}.txt`, { importedOn: '2026-11-24' });
	const metadata = result.documents[0]?.metadata;
	return PAGE_FIELDS.map((field) => {
		const label = labels[field] ?? null;
		const actual = metadata ? actualValue(metadata, field, page) : null;
		const heldOut = labels.held_out === true;
		return { page, heldOut, field, label, actual, outcome: judge(label, actual) };
	});
}

/** Every page fixture, judged. */
export function measureAllPages(): FieldResult[] {
	const labels = readPageLabels();
	return pageNames().flatMap((page) => {
		if (!labels[page]) throw new Error(`labels.yaml 缺少 ${page} 的标注`);
		return measurePage(page, labels[page]);
	});
}

/** How many fields came out right, empty and wrong. */
export type Counts = Record<Outcome, number>;

/** Right / empty / wrong counts per field and in total. */
export function tally(results: readonly FieldResult[]): Record<PageField | 'all', Counts> {
	const table = {} as Record<PageField | 'all', Counts>;
	for (const key of [...PAGE_FIELDS, 'all'] as const)
		table[key] = { right: 0, empty: 0, wrong: 0 };
	for (const { field, outcome } of results) {
		table[field][outcome]++;
		table.all[outcome]++;
	}
	return table;
}
