import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../support/link-check.ts';

/** A tiny hand-made dist: every kind of link that must resolve, and one broken link and one broken anchor. */
const FILES: Record<string, string> = {
	'index.html': `<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>
		<a href="/plans/">all</a> <a href="plans/a/#s1">item</a> <a href="/plans/a/?q=x#s1-2">query</a>
		<a href="#top" id="top">self</a> <a href="#">nothing</a> <a href="/data/plans.json">data</a>
		<a href="/plans">no slash</a> <a href="https://example.org/missing/">outside</a>
		<a href="mailto:x@example.org">mail</a> <img src="data:image/png;base64,AAAA" alt="">
		<form action="/search/"><input name="q"></form>
		<a href="/plans/b/">broken page</a> <a href="/plans/a/#s9">broken anchor</a>
	</body></html>`,
	'plans/index.html':
		'<a href="../">home</a> <a href="a/#s1-2">sub</a> <a href="../404.html">404</a>',
	'plans/a/index.html':
		'<h2 id="s1">一、</h2><h3 id="s1-2">（二）</h3><a name="old">old</a><a href="#old">back</a>',
	'search/index.html':
		'<script src="/pagefind/pagefind.js"></script><a href="/data/plans.json#x">json anchor</a>',
	'404.html': '<a href="/">home</a><a href="./plans/a/#s1">relative to /404.html</a>',
	'_astro/site.css': 'body{}',
	'data/plans.json': '[]',
	'pagefind/pagefind.js': '',
};

let dist: string;
beforeAll(async () => {
	dist = await mkdtemp(join(tmpdir(), 'link-check-'));
	for (const [path, text] of Object.entries(FILES)) {
		await mkdir(dirname(join(dist, path)), { recursive: true });
		await writeFile(join(dist, path), text);
	}
});
afterAll(async () => {
	await rm(dist, { recursive: true, force: true });
});

describe('findBrokenLinks', () => {
	it('reports a link to a missing page, an anchor missing on its page and an anchor into a non-HTML file, nothing else', async () => {
		expect(await findBrokenLinks(dist)).toEqual([
			{ page: 'index.html', link: '/plans/b/', problem: 'missing-file' },
			{ page: 'index.html', link: '/plans/a/#s9', problem: 'missing-anchor' },
			{ page: 'search/index.html', link: '/data/plans.json#x', problem: 'missing-anchor' },
		]);
	});
});

describe('findBrokenLinks under a base path', () => {
	it('reads relative links against the page’s address under the base, and reports links from the domain’s root as outside it', async () => {
		const broken = await findBrokenLinks(dist, '/repo/');
		// Relative links (plans/a/#s1, ../, a/#s1-2) resolve under /repo/ and are fine.
		expect(broken.filter((link) => link.problem !== 'outside-base')).toEqual([]);
		expect(broken.map((link) => link.link)).toContain('/plans/');
		expect(broken.map((link) => link.link)).not.toContain('plans/a/#s1');
		expect(broken.every((link) => link.link.startsWith('/'))).toBe(true);
	});
});
