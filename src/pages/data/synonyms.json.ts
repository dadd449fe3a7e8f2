import type { APIRoute } from 'astro';
import { synonymGroups } from '../../data/synonyms.ts';

// Published as open data, and read back by the search index (src/integrations/pagefind.ts).
export const GET: APIRoute = () => Response.json(synonymGroups);
