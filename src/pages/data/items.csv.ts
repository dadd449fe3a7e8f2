import type { APIRoute } from 'astro';
import { ITEM_COLUMNS, itemRecords } from '../../data/records.ts';
import { csvResponse } from '../../lib/stream-body.ts';

export const GET: APIRoute = () => csvResponse(ITEM_COLUMNS, itemRecords());
