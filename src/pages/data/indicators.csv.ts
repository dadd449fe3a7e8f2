import type { APIRoute } from 'astro';
import { INDICATOR_COLUMNS, indicatorRecords } from '../../data/records.ts';
import { csvResponse } from '../../lib/stream-body.ts';

export const GET: APIRoute = () => csvResponse(INDICATOR_COLUMNS, indicatorRecords());
