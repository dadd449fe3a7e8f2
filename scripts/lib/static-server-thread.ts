/** The worker thread of serveStaticInThread (static-server.ts): serves a site until told to close. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveStatic, type ExtraPages } from './static-server.ts';

const { root, extraPages } = workerData as { root: string; extraPages: ExtraPages };
const server = await serveStatic(root, extraPages);
parentPort?.once('message', () => void server.close());
parentPort?.postMessage(server.url);
