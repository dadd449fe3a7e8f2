import type { APIRoute } from 'astro';
import { COMPARISON_COLUMNS, comparisonRecords } from '../../data/records.ts';
import { csvResponse } from '../../lib/stream-body.ts';

export const GET: APIRoute = () => csvResponse(COMPARISON_COLUMNS, comparisonRecords());
