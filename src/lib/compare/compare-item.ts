import type { PlanItem } from '../outline.ts';

/**
 * What the comparison modules need of a plan item: the outline fields of {@link PlanItem} plus,
 * optionally, the ids of the topics it was classified under. Topic classification lives
 * elsewhere; the comparisons take its result as plain input. Extra fields of the caller's items
 * are carried through untouched (the functions are generic over the item type).
 */
export type CompareItem = Pick<PlanItem, 'id' | 'number' | 'level' | 'title' | 'text' | 'parent'> & {
	/** Topic ids of the item; leave out (or empty) when not classified. */
	topics?: readonly string[];
};
