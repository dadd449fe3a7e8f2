import { getCollection } from 'astro:content';

/** The curated synonym groups of content/synonyms.yaml, each a list of equivalent terms. */
export const synonymGroups: string[][] = (await getCollection('synonyms')).map((entry) => entry.data.terms);
