import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/** One group of equivalent search terms in content/synonyms.yaml. */
export const SynonymSchema = z.strictObject({
	/** ASCII id of the group, e.g. family-doctor. */
	id: IdSchema,
	/** Terms that mean the same; a search for any of them finds them all. At least two. */
	terms: z.array(z.string().trim().min(1)).min(2, { error: 'terms 至少要有两个词：写出互为同义的词语' }),
	/** Why these terms are equivalent, for the next editor. Default empty. */
	note: z.string().default(''),
});

export type Synonym = z.infer<typeof SynonymSchema>;
