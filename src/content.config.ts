import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_ROOT } from './content-root.ts';
import { PlanSchema } from './schemas/plan.ts';
import { RegionSchema } from './schemas/region.ts';
import { SynonymSchema } from './schemas/synonym.ts';
import { IndicatorFamilySchema } from './schemas/indicator.ts';
import { TopicSchema } from './schemas/topic.ts';

const plans = defineCollection({
	// Files starting with _ are notes for editors, not plans. The raw text is not kept in the data
	// store (src/data/plans.ts reads the file): Astro bundles the store into the build as one
	// string, which with the raw text too passed V8's longest string near 10,000 plans.
	loader: glob({ base: pathToFileURL(`${join(CONTENT_ROOT, 'plans')}/`), pattern: '**/[^_]*.{md,mdx}', retainBody: false }),
	schema: PlanSchema.extend({ region: reference('regions').nullable() }),
});

// Only the entries of regions.yaml (ids and overrides): the national list of some 3,000 divisions
// is merged in by src/data/plans.ts, so the data store does not carry an entry per county.
const regions = defineCollection({
	loader: file(join(CONTENT_ROOT, 'regions.yaml')),
	schema: RegionSchema,
});

const topics = defineCollection({
	loader: file(join(CONTENT_ROOT, 'topics.yaml')),
	schema: TopicSchema.extend({ parent: reference('topics').nullable().default(null) }),
});

// Synonyms are optional: a content root without synonyms.yaml (a test corpus) has none.
const SYNONYMS_FILE = join(CONTENT_ROOT, 'synonyms.yaml');
const synonyms = defineCollection({
	loader: existsSync(SYNONYMS_FILE) ? file(SYNONYMS_FILE) : { name: 'no-synonyms', load: async () => {} },
	schema: SynonymSchema,
});

// Indicator families are optional too: without indicators.yaml every target keeps its own subject.
const INDICATORS_FILE = join(CONTENT_ROOT, 'indicators.yaml');
const indicators = defineCollection({
	loader: existsSync(INDICATORS_FILE) ? file(INDICATORS_FILE) : { name: 'no-indicators', load: async () => {} },
	schema: IndicatorFamilySchema,
});

export const collections = { plans, regions, topics, synonyms, indicators };
