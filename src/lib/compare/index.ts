/**
 * Comparisons of plans: two plans of the same bureau item by item, inline diffs of reworded
 * items, targets followed across years, and a plan against the summary of the same year.
 * See README.md in this folder.
 */
export type { CompareItem } from './compare-item.ts';
export { alignPlans, ALIGNMENT_THRESHOLDS, ALIGNMENT_WEIGHTS, CANDIDATE_LIMITS } from './align-plans.ts';
export type { Alignment, AlignmentCounts, AlignmentRow, AlignmentStatus, AlignOptions } from './align-plans.ts';
export { diffText, DIFF_LIMITS } from './diff-text.ts';
export type { DiffSegment } from './diff-text.ts';
export { findIndicatorMoves, TARGET_PAIRING_WEIGHTS } from './indicator-moves.ts';
export type { IndicatorMove, IndicatorMoves, PlanTarget } from './indicator-moves.ts';
export { linkReports, REPORT_THRESHOLDS } from './link-reports.ts';
export type { LinkReportsOptions, PlanItemReports, ReportClosure, ReportLink } from './link-reports.ts';
export { normaliseWording } from './normalise-wording.ts';
