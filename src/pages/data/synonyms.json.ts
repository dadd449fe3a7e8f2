import type { APIRoute } from 'astro';
import { synonymGroups } from '../../data/synonyms.ts';
import { jsonResponse } from '../../lib/stream-body.ts';

// Published as open data, and read back by the search index (scripts/build-search-index.ts).
export const GET: APIRoute = () => jsonResponse(synonymGroups);
