import type { APIRoute } from 'astro';
import { PLAN_COLUMNS, planRecords } from '../../data/records.ts';
import { csvResponse } from '../../lib/stream-body.ts';

export const GET: APIRoute = () => csvResponse(PLAN_COLUMNS, planRecords);
