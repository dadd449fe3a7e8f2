/** The worker thread of serveStaticInThread (static-server.ts): serves a site until told to close. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveStatic } from './static-server.ts';

const server = await serveStatic(workerData as string);
parentPort?.once('message', () => void server.close());
parentPort?.postMessage(server.url);
