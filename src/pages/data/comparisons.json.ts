import type { APIRoute } from 'astro';
import { comparisonRecords } from '../../data/records.ts';
import { jsonResponse } from '../../lib/stream-body.ts';

export const GET: APIRoute = () => jsonResponse(comparisonRecords());
