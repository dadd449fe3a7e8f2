import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source that allows one inline script or style: the SHA-256 of its
 * exact text between the tags, as UTF-8, which is what the browser hashes.
 * @param text the element's text
 * @returns the source, quoted as a policy lists it: 'sha256-…'
 */
export function cspHashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
