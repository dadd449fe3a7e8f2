import type { APIRoute } from 'astro';
import { PLAN_COLUMNS, planRecords } from '../../data/records.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = () =>
	new Response(toCsv(PLAN_COLUMNS, planRecords), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
