import type { APIRoute } from 'astro';
import { ITEM_COLUMNS, itemRecords } from '../../data/records.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = () =>
	new Response(toCsv(ITEM_COLUMNS, itemRecords), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
