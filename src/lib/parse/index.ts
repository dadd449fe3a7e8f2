/**
 * Public API of the importer's parsing layer: pure functions, no file system, no astro:* imports.
 * The CLI (scripts/import-plan.ts) and the site's checks use only what is exported here.
 */
export { importPlanText } from './import-document.ts';
export { formatImportReport } from './format-report.ts';
export {
	measureCoverage,
	stripReportedRemovals,
	type Coverage,
	type MissingRun,
} from './coverage.ts';
export {
	parseMarker,
	parseChineseNumeral,
	formatChineseNumeral,
	type Marker,
	type MarkerFamily,
} from './markers.ts';
export { parseDate, findGluedYearRanges, formatIsoDate, type ParsedDate } from './dates.ts';
export {
	parseMetadataLine,
	parseLabelColumns,
	type MetadataLine,
	type MetadataField,
} from './metadata.ts';
export { readDocNumberLine, splitTitleDocNumber, type DocNumber } from './doc-number.ts';
export { detectChromeLine, stripCellMarkup } from './chrome.ts';
export { isBreadcrumb } from './breadcrumb.ts';
export { removeSpam } from './spam.ts';
export { cutItemTitle, type TitleCut } from './title-cut.ts';
export { splitLineAtMarkers, type LinePiece } from './split-inline.ts';
export { buildOutline, type BuiltOutline } from './build-outline.ts';
export {
	readCompilationTitle,
	compilationMark,
	sitePartNumber,
	splitCompilation,
	isPartTitle,
} from './compilation.ts';
export {
	findDocumentFrame,
	noticeIssuer,
	type DocumentFrame,
	type FrameHints,
	type TitleSource,
} from './notice.ts';
export { splitGluedTitle, type GluedTitle } from './glued-title.ts';
export { findAgencies, type AgencyMention } from './agency.ts';
export { findRegion } from './regions.ts';
export { findPlaceholders } from './placeholders.ts';
export {
	decideProvenance,
	describeProvenance,
	DEFAULT_EVIDENCE,
	type ProvenanceDecision,
	type ProvenanceInput,
	type ProvenanceRule,
} from './provenance.ts';
export { detectKind } from './kind.ts';
export { escapeParagraph, escapeHeadingText, escapeInline } from './escape.ts';
export { renderPlanMarkdown, renderFrontMatter, renderBody } from './to-markdown.ts';
export type * from './types.ts';
