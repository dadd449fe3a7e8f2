import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the components that plan .mdx files may use live. */
const MDX_COMPONENT_DIR = fileURLToPath(new URL('./components/mdx/', import.meta.url));

/**
 * The components editors may use in .mdx plans: one per .astro file of src/components/mdx/, named
 * after the file. Everything else in MDX (imports, exports, expressions, other components) is
 * refused by the content check and the build, so adding a file here is the one way to allow one.
 * @returns the component names, sorted
 */
export function listMdxComponents(): string[] {
	if (!existsSync(MDX_COMPONENT_DIR)) return [];
	return readdirSync(MDX_COMPONENT_DIR)
		.filter((name) => name.endsWith('.astro'))
		.map((name) => name.slice(0, -'.astro'.length))
		.sort();
}
