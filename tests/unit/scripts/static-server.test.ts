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

describe('the static server in a thread of its own', () => {
	it('serves the same files, and stops serving once closed', async () => {
		const threaded = await serveStaticInThread(root);
		const response = await get('/app.js', { 'accept-encoding': 'gzip' }, threaded.url);
		expect(response.status).toBe(200);
		expect(gunzipSync(response.body).toString('utf8')).toBe(script);
		await threaded.close();
		await expect(get('/app.js', {}, threaded.url)).rejects.toThrow(/ECONNREFUSED/);
	});
});
