import { UNKNOWN_LABEL } from '../format.ts';
import { kindRole } from '../kinds.ts';
import { shortRegionName } from '../regions/short-name.ts';
import type { FilterOption } from './filter-options.ts';
import type { FacetRegion, FacetVocabulary } from './query-facets.ts';

/**
 * The vocabulary of the words a query may use for facts of plans (query-facets.ts), built with
 * the search page from the same options as its filter selects, so that a word names only values
 * the index has. Regions come as a tree, each region once: the page carries one short entry per
 * region, not every way of writing it.
 * @param options the filter selects' options by filter name (filter-options.ts)
 * @param regionChains the chain of names of each plan's region, outermost first (山东省, 淄博市,
 *   临淄区); a chain whose last name is not a value of the region filter is left out
 * @returns the vocabulary
 */
export function facetVocabulary(options: ReadonlyMap<string, readonly FilterOption[]>, regionChains: Iterable<readonly string[]>): FacetVocabulary {
	const valuesOf = (name: string) => (options.get(name) ?? []).map((option) => option.value).filter((value) => value !== UNKNOWN_LABEL);
	const regionValues = new Set(valuesOf('region'));
	const region: FacetRegion[] = [];
	const indexByPath = new Map<string, number>();
	for (const chain of regionChains) {
		if (!regionValues.has(chain.at(-1) ?? '')) continue;
		let parent = -1;
		chain.forEach((name, depth) => {
			const path = chain.slice(0, depth + 1).join('\n');
			let index = indexByPath.get(path);
			if (index === undefined) {
				index = region.length;
				const short = shortRegionName(name);
				region.push(short === name ? [name, parent, 0] : [name, parent, 0, short]);
				indexByPath.set(path, index);
			}
			if (depth === chain.length - 1) region[index][2] = 1;
			parent = index;
		});
	}
	return {
		year: valuesOf('year'),
		region,
		kind: valuesOf('kind').filter((kind) => kindRole(kind) !== 'other'),
		provenance: valuesOf('provenance'),
	};
}
