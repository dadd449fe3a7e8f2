import { forgetOnFailure } from './forget-on-failure.ts';
import { withBase } from '../site-path.ts';

/**
 * The search's own data files (plan texts, chunk starts, years), each fetched once per visit.
 * @param fetchFile how a file is fetched, by site path (the browser's fetch, under the site's base path)
 * @returns loads a JSON file: the same promise for a path on every call while it has not
 *   failed, a new fetch after a failure; an HTTP error status is a failure
 */
export function jsonFiles(fetchFile: (path: string) => Promise<Response> = (path) => fetch(withBase(path))): <T>(path: string) => Promise<T> {
	const loaded = new Map<string, Promise<unknown>>();
	const fetchJson = async (path: string): Promise<unknown> => {
		const response = await fetchFile(path);
		if (!response.ok) throw new Error(`${response.status} ${path}`);
		return response.json();
	};
	return <T>(path: string) => {
		if (!loaded.has(path)) loaded.set(path, forgetOnFailure(fetchJson(path), () => loaded.delete(path)));
		return loaded.get(path) as Promise<T>;
	};
}
