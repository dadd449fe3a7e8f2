import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, serveStaticInThread, type StaticServer } from '../../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
const script = 'console.log("搜索");\n'.repeat(50);
mkdirSync(join(root, 'pagefind/index'), { recursive: true });
writeFileSync(join(root, 'app.js'), script);
writeFileSync(join(root, 'pagefind/index/x.pf_index'), Buffer.from([1, 2, 3, 4]));

let server: StaticServer;
beforeAll(async () => {
	server = await serveStatic(root);
});
afterAll(async () => {
	await server.close();
});

function get(path: string, headers: Record<string, string> = {}, base = server.url): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request(`${base}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

describe('the test static server', () => {
	it('gzips text for a browser that accepts it, as static hosts do', async () => {
		const response = await get('/app.js', { 'accept-encoding': 'gzip, deflate, br' });
		expect(response.headers['content-encoding']).toBe('gzip');
		expect(response.body.length).toBeLessThan(Buffer.byteLength(script));
		expect(gunzipSync(response.body).toString('utf8')).toBe(script);
	});

	it('sends text as it is to a client that does not ask for gzip', async () => {
		const response = await get('/app.js');
		expect(response.headers['content-encoding']).toBeUndefined();
		expect(response.body.toString('utf8')).toBe(script);
	});

	it('never compresses Pagefind index files, which are compressed already', async () => {
		const response = await get('/pagefind/index/x.pf_index', { 'accept-encoding': 'gzip' });
		expect(response.headers['content-encoding']).toBeUndefined();
		expect([...response.body]).toEqual([1, 2, 3, 4]);
	});
});

describe('a site served under a base path', () => {
	it('serves the site only below the base path, and redirects the bare path to it', async () => {
		const underBase = await serveStatic(root, {}, '/repo/');
		try {
			expect((await get('/repo/app.js', {}, underBase.url)).body.toString('utf8')).toBe(script);
			expect((await get('/app.js', {}, underBase.url)).status).toBe(404);
			const bare = await get('/repo', {}, underBase.url);
			expect(bare.status).toBe(301);
			expect(bare.headers.location).toBe('/repo/');
		} finally {
			await underBase.close();
		}
	});
});

describe('extra pages beside the site', () => {
	it('serves a page given by path as HTML, and the site as before', async () => {
		const page = '<!DOCTYPE html><title>探针</title>';
		const withPage = await serveStatic(root, { '/probe-page/': page });
		try {
			const response = await get('/probe-page/', {}, withPage.url);
			expect(response.status).toBe(200);
			expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(response.body.toString('utf8')).toBe(page);
			expect((await get('/app.js', {}, withPage.url)).body.toString('utf8')).toBe(script);
			// Only the exact path: anything else is the site's (here a 404).
			expect((await get('/probe-page/x', {}, withPage.url)).status).toBe(404);
		} finally {
			await withPage.close();
		}
	});
});

describe('the static server in a thread of its own', () => {
	it('serves the same files and extra pages, and stops serving once closed', async () => {
		const threaded = await serveStaticInThread(root, { '/probe-page/': '<p>探针</p>' });
		const response = await get('/app.js', { 'accept-encoding': 'gzip' }, threaded.url);
		expect(response.status).toBe(200);
		expect(gunzipSync(response.body).toString('utf8')).toBe(script);
		const page = await get('/probe-page/', { 'accept-encoding': 'gzip' }, threaded.url);
		expect(gunzipSync(page.body).toString('utf8')).toBe('<p>探针</p>');
		await threaded.close();
		await expect(get('/app.js', {}, threaded.url)).rejects.toThrow(/ECONNREFUSED/);
	});
});
