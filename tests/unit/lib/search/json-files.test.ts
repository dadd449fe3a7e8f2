import { describe, expect, it } from 'vitest';
import { jsonFiles } from '../../../../src/lib/search/json-files.ts';

/** A fetch that answers each path with the next of its statuses, and records what it was asked. */
function fakeFetch(statuses: number[]) {
	const requested: string[] = [];
	const fetchFile = async (path: string) => {
		requested.push(path);
		return new Response(JSON.stringify({ path }), { status: statuses.shift() ?? 200 });
	};
	return { fetchFile, requested };
}

describe('jsonFiles', () => {
	it('fetches a file once per visit', async () => {
		const { fetchFile, requested } = fakeFetch([]);
		const load = jsonFiles(fetchFile);
		expect(await load('/search/years.json')).toEqual({ path: '/search/years.json' });
		await load('/search/years.json');
		expect(requested).toEqual(['/search/years.json']);
	});

	it('fails on an HTTP error, and fetches again on the next call', async () => {
		const { fetchFile, requested } = fakeFetch([503]);
		const load = jsonFiles(fetchFile);
		await expect(load('/search/text/a.json')).rejects.toThrow('503 /search/text/a.json');
		expect(await load('/search/text/a.json')).toEqual({ path: '/search/text/a.json' });
		expect(requested).toEqual(['/search/text/a.json', '/search/text/a.json']);
	});
});
