import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_ROOT } from './content-root.ts';
import { PlanSchema } from './schemas/plan.ts';
import { RegionSchema } from './schemas/region.ts';
import { TopicSchema } from './schemas/topic.ts';

const plans = defineCollection({
	// Files starting with _ are notes for editors, not plans.
	loader: glob({ base: pathToFileURL(`${join(CONTENT_ROOT, 'plans')}/`), pattern: '**/[^_]*.{md,mdx}' }),
	schema: PlanSchema.extend({ region: reference('regions').nullable() }),
});

const regions = defineCollection({
	loader: file(join(CONTENT_ROOT, 'regions.yaml')),
	schema: RegionSchema.extend({ parent: reference('regions').nullable().default(null) }),
});

const topics = defineCollection({
	loader: file(join(CONTENT_ROOT, 'topics.yaml')),
	schema: TopicSchema.extend({ parent: reference('topics').nullable().default(null) }),
});

export const collections = { plans, regions, topics };
