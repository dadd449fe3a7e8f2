import type { APIRoute } from 'astro';
import { TOPIC_COLUMNS, topicRecords } from '../../data/records.ts';
import { csvResponse } from '../../lib/stream-body.ts';

export const GET: APIRoute = () => csvResponse(TOPIC_COLUMNS, topicRecords);
