/** Public surface of the indicator extractor: what pages and data builders import. */
export { extractIndicators, type ExtractOptions } from './extract-indicators.ts';
export { extractItemIndicators, itemIndicatorText } from './item-text.ts';
export { normaliseMetric, normaliseWording, type FamilyMatcher, type MetricOptions } from './normalise-metric.ts';
export type { IndicatorKind, IndicatorOp, IndicatorTarget } from './types.ts';
