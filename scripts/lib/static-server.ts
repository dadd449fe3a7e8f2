import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { extname, join, resolve, sep } from 'node:path';
import { withoutBase } from '../../src/lib/site-path.ts';

/** Content types by file extension; Pagefind's own files are matched in contentTypeOf. */
const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

/**
 * @param file a file path
 * @returns its Content-Type; Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment,
 * .pf_filter) and wasm.*.pagefind are binary, as Pagefind's hosting docs require
 */
export function contentTypeOf(file: string): string {
	const ext = extname(file).toLowerCase();
	if (ext === '.pagefind' || ext.startsWith('.pf_')) return 'application/octet-stream';
	return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** HTML pages by URL path, served with the site's headers. */
export type ExtraPages = Readonly<Record<string, string>>;

export interface StaticServer {
	/** Base URL without a trailing slash, e.g. http://127.0.0.1:43123 */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: files as they are, `dir/` → `dir/index.html`,
 * `dir` → 301 to `dir/`, anything else → `404.html` with status 404. Bound to 127.0.0.1 only, on a
 * free port chosen by the OS.
 * @param root the built site (e.g. tests/.tmp/site-dist)
 * @param extraPages pages served beside the site's, by path (e.g. `/search-floor/`), so that a
 *   probe can add its own pages without writing into the built site
 * @param basePath the path the site is served under, as GitHub Pages serves a project site
 *   ('/<repo>/'); anything outside it is a plain 404
 * @returns the base URL and a close function
 */
export async function serveStatic(root: string, extraPages: ExtraPages = {}, basePath = '/'): Promise<StaticServer> {
	const base = resolve(root);
	const server = createServer((req, res) => {
		handle(base, extraPages, basePath, req, res).catch((error: unknown) => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(String(error));
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => done());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((done, fail) => {
				server.closeAllConnections();
				server.close((error) => (error ? fail(error) : done()));
			}),
	};
}

/**
 * Serves a built site as serveStatic does, from a worker thread of its own. The search probe
 * uses it: a real host answers from another machine, while a server in the probe's own thread
 * would answer only when Playwright's traffic with Chromium leaves it time.
 * @param root the built site
 * @param extraPages pages served beside the site's (see serveStatic)
 * @returns the base URL and a close function that also ends the thread
 */
export async function serveStaticInThread(root: string, extraPages: ExtraPages = {}): Promise<StaticServer> {
	const worker = new Worker(new URL('./static-server-thread.ts', import.meta.url), { workerData: { root, extraPages } });
	const [url] = (await once(worker, 'message')) as [string];
	return {
		url,
		close: async () => {
			const exited = once(worker, 'exit');
			worker.postMessage('close');
			await exited;
		},
	};
}

async function handle(base: string, extraPages: ExtraPages, basePath: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(req.url ?? '/', 'http://127.0.0.1');
	let address: string;
	try {
		address = decodeURIComponent(url.pathname);
	} catch {
		res.writeHead(400).end();
		return;
	}
	const pathname = withoutBase(address, basePath);
	if (pathname === null) {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
		return;
	}
	if (Object.hasOwn(extraPages, pathname)) return send(req, res, pageBody(extraPages[pathname]), 200);
	const file = resolve(join(base, pathname));
	// Never serve anything outside the site, whatever the request path says.
	if (file !== base && !file.startsWith(base + sep)) {
		res.writeHead(403).end();
		return;
	}
	const info = await stat(file).catch(() => null);
	if (info?.isDirectory()) {
		if (!url.pathname.endsWith('/')) {
			res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		const index = join(file, 'index.html');
		if (await isFile(index)) return send(req, res, await fileBody(index), 200);
	} else if (info?.isFile()) {
		return send(req, res, await fileBody(file), 200);
	}
	const notFound = join(base, '404.html');
	if (await isFile(notFound)) return send(req, res, await fileBody(notFound), 404);
	res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
}

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/**
 * Whether a response may be gzipped: text, when the browser accepts it, as static hosts do.
 * Pagefind's index files are compressed already and served as they are.
 */
function gzipped(req: IncomingMessage, contentType: string): boolean {
	const text = /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(contentType);
	return text && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/** What a response sends: a file of the site, or an extra page. */
interface Body {
	contentType: string;
	size: number;
	open(): Readable;
}

async function fileBody(file: string): Promise<Body> {
	return { contentType: contentTypeOf(file), size: (await stat(file)).size, open: () => createReadStream(file) };
}

function pageBody(html: string): Body {
	const bytes = Buffer.from(html);
	return { contentType: CONTENT_TYPES['.html'], size: bytes.length, open: () => Readable.from([bytes]) };
}

async function send(req: IncomingMessage, res: ServerResponse, { contentType, size, open }: Body, status: number): Promise<void> {
	const compress = gzipped(req, contentType);
	res.writeHead(status, {
		'Content-Type': contentType,
		...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': size }),
		'Cache-Control': 'no-store',
	});
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	await new Promise<void>((done, fail) => {
		const stream = open().on('error', fail);
		(compress ? stream.pipe(createGzip()) : stream).on('end', done).pipe(res);
	});
}
