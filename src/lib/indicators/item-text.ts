import type { PlanItem } from '../outline.ts';
import { extractIndicators, type ExtractOptions } from './extract-indicators.ts';
import type { IndicatorTarget } from './types.ts';

/**
 * The text indicators are read from for one plan item: its title, a line break, then its text.
 * Spans returned by {@link extractItemIndicators} are offsets into this string; an offset below
 * `title.length` lies in the title, one above it lies in `text` at `offset - title.length - 1`.
 * @param item a plan item (only its title and text are read)
 * @returns the title and the text joined by a line break (the break ends any clause)
 */
export function itemIndicatorText(item: Pick<PlanItem, 'title' | 'text'>): string {
	return item.text ? `${item.title}\n${item.text}` : item.title;
}

/**
 * Extracts the targets stated in one plan item (title and text).
 * @param item a plan item
 * @param options the document kind and the indicator families, when known
 * @returns the targets, spans relative to {@link itemIndicatorText}
 */
export function extractItemIndicators(item: Pick<PlanItem, 'title' | 'text'>, options: ExtractOptions = {}): IndicatorTarget[] {
	return extractIndicators(itemIndicatorText(item), options);
}
