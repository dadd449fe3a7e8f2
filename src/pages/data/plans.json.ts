import type { APIRoute } from 'astro';
import { planRecords } from '../../data/records.ts';

export const GET: APIRoute = () => Response.json(planRecords);
