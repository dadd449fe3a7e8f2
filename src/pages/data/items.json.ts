import type { APIRoute } from 'astro';
import { itemRecords } from '../../data/records.ts';

export const GET: APIRoute = () => Response.json(itemRecords);
