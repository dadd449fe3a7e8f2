import { describe, expect, it } from 'vitest';
import { cspHashSource } from '../../../src/lib/csp.ts';

describe('cspHashSource', () => {
	it('gives the hash source of the CSP specification’s example script', () => {
		// CSP Level 3, “hash-source”: the example `alert('Hello, world.');`.
		expect(cspHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
	});

	it('hashes the UTF-8 bytes, as the browser does', () => {
		// The digest of 大字 in UTF-8, from sha256sum.
		expect(cspHashSource('大字')).toBe(`'sha256-${Buffer.from('5965b4a5f7347193ae94e18cb6b37c7ab924acc5228d082c6111aa2423208f00', 'hex').toString('base64')}'`);
	});
});
