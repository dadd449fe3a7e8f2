import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from './site-path.ts';

/**
 * Remark plugin: a plan's links to other pages of the site are written from the site's root, as
 * an editor sees them on the site (/plans/…, /topics/…); this puts them under the base path the
 * site is served at, so that they keep working on a GitHub Pages project site.
 * Other addresses (another host, //host, #item, a relative path) are left as written.
 * @param options the site's base path, '/' or '/<repo>/'
 * @returns the transformer
 */
export function remarkSiteLinks({ base }: { base: string }) {
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, (node) => {
			if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url.startsWith('/') && !node.url.startsWith('//')) {
				node.url = withBase(node.url, base);
			}
		});
	};
}
