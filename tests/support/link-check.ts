import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { withBase, withoutBase } from '../../src/lib/site-path.ts';

/** A link of a built page that leads nowhere. */
export interface BrokenLink {
	/** The page that holds the link, as a path under dist with forward slashes, e.g. plans/a/index.html */
	page: string;
	/** The link as written, e.g. /plans/a/#s2-3 */
	link: string;
	/**
	 * missing-file: no file at that path; missing-anchor: the file has no element with that id;
	 * outside-base: the path is on the host but not under the site's base path.
	 */
	problem: 'missing-file' | 'missing-anchor' | 'outside-base';
}

/** Attributes that make the browser request or navigate to a URL, by element. */
const LINK_ATTRIBUTES = [
	['a', 'href'],
	['area', 'href'],
	['link', 'href'],
	['img', 'src'],
	['script', 'src'],
	['iframe', 'src'],
	['source', 'src'],
	['audio', 'src'],
	['video', 'src'],
	['form', 'action'],
] as const;

/** The base the pages are resolved against; any origin works, it only has to be one. */
const ORIGIN = 'http://site.invalid';

/** @returns the site path of a page file: plans/a/index.html → /plans/a/, 404.html → /404.html */
function sitePathOf(page: string): string {
	return `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** @returns the file a site path is served from, as a static host serves it, or null when there is none */
function fileOf(dist: string, pathname: string): string | null {
	const path = join(dist, pathname);
	if (!path.startsWith(dist)) return null;
	const index = join(path, 'index.html');
	if (pathname.endsWith('/')) return existsSync(index) ? index : null;
	if (existsSync(path) && statSync(path).isFile()) return path;
	// A host redirects dir → dir/, which then serves dir/index.html.
	return existsSync(index) ? index : null;
}

/**
 * Checks every internal link of a built site: each href, src and form action of every HTML page
 * that stays on the site must lead to a file in dist, and a `#fragment` must name an element id
 * (or an `<a name>`) on the target page. Links with a scheme (https:, mailto:, data: …) or to
 * another host are outside the site and not checked; a bare `#` is the page itself.
 * @param dist the built site folder (index.html at its root)
 * @param basePath the path the site is served under, '/' or '/<repo>/': every link on the host
 *   must lie under it
 * @returns every broken link, page by page in path order; empty when all resolve
 */
export async function findBrokenLinks(dist: string, basePath = '/'): Promise<BrokenLink[]> {
	const entries = await readdir(dist, { recursive: true, withFileTypes: true });
	const pages = entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	const parsed = new Map<string, HTMLElement>();
	const documentOf = async (file: string) => {
		let root = parsed.get(file);
		if (!root) {
			root = parse(await readFile(file, 'utf8'));
			parsed.set(file, root);
		}
		return root;
	};
	const ids = new Map<string, Set<string>>();
	const idsOf = async (file: string) => {
		let found = ids.get(file);
		if (!found) {
			const root = await documentOf(file);
			found = new Set([
				...root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''),
				...root.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? ''),
			]);
			ids.set(file, found);
		}
		return found;
	};

	const broken: BrokenLink[] = [];
	for (const file of pages) {
		const page = relative(dist, file).split(sep).join('/');
		const base = new URL(withBase(sitePathOf(page), basePath), ORIGIN);
		const root = await documentOf(file);
		for (const [tag, attribute] of LINK_ATTRIBUTES) {
			for (const element of root.querySelectorAll(`${tag}[${attribute}]`)) {
				const link = element.getAttribute(attribute) ?? '';
				const url = new URL(link, base);
				if (url.origin !== ORIGIN) continue;
				const sitePath = withoutBase(decodeURIComponent(url.pathname), basePath);
				if (sitePath === null) {
					broken.push({ page, link, problem: 'outside-base' });
					continue;
				}
				const target = fileOf(dist, sitePath);
				if (!target) {
					broken.push({ page, link, problem: 'missing-file' });
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (fragment === '') continue;
				if (!target.endsWith('.html') || !(await idsOf(target)).has(fragment))
					broken.push({ page, link, problem: 'missing-anchor' });
			}
		}
	}
	return broken;
}

/**
 * @param broken the result of {@link findBrokenLinks}
 * @returns one line per broken link, for a test's failure message
 */
export function describeBrokenLinks(broken: readonly BrokenLink[]): string {
	return broken.map(({ page, link, problem }) => `${page}: ${link} (${problem})`).join('\n');
}
