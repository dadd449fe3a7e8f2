import { load as loadYaml } from 'js-yaml';

/** A Markdown file split into its YAML front matter and its body. */
export interface SplitFile {
	/** The YAML text between the two `---` lines, or null when the file has none. */
	yaml: string | null;
	/** The body after the front matter. */
	body: string;
	/** How many lines precede the body (front matter with its fences), to map body lines to file lines. */
	bodyLineOffset: number;
	/** 1-based file line of the first YAML line. */
	yamlFirstLine: number;
}

/**
 * Splits a Markdown file at its front matter fences. A BOM and CRLF line ends are tolerated.
 * @param text the file's text
 * @returns the parts, or `yaml: null` when the file does not start with `---`
 */
export function splitFrontMatter(text: string): SplitFile {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const lines = normalised.split('\n');
	if (lines[0].trim() !== '---') return { yaml: null, body: normalised, bodyLineOffset: 0, yamlFirstLine: 1 };
	const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	if (close === -1) return { yaml: null, body: normalised, bodyLineOffset: 0, yamlFirstLine: 2 };
	return {
		yaml: lines.slice(1, close).join('\n'),
		body: lines.slice(close + 1).join('\n'),
		bodyLineOffset: close + 1,
		yamlFirstLine: 2,
	};
}

/**
 * Reads the values of a plan file's front matter where they are used rather than checked (the
 * importer's re-import, the notes of checkFiles), parsed once however many fields the caller
 * reads. Missing or broken front matter gives none: the content check is what reports it.
 * @param text the file's text
 * @returns the fields as written, or an empty object when there are none to read
 */
export function frontMatterFields(text: string): Readonly<Record<string, unknown>> {
	const { yaml } = splitFrontMatter(text);
	if (yaml === null) return {};
	try {
		const data: unknown = loadYaml(yaml);
		return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/**
 * Finds the line of a front matter key, following nested keys in order (source → url) and list
 * positions (flags → 1 → code). Good enough to point an editor at the right line; it is not a
 * YAML parser.
 * @param yaml the front matter text
 * @param path the key path, e.g. ['source', 'url'] or ['flags', 0, 'code']
 * @returns the 0-based line within the YAML of the deepest key found (0 when none is written)
 */
export function findYamlKeyLine(yaml: string, path: readonly PropertyKey[]): number {
	const lines = yaml.split('\n');
	let found = 0;
	let from = 0;
	for (const key of path) {
		let index = -1;
		if (typeof key === 'number') {
			const items = lines.map((line, lineIndex) => (lineIndex >= from && /^\s*- /.test(line) ? lineIndex : -1)).filter((lineIndex) => lineIndex >= 0);
			index = items[key] ?? -1;
		} else {
			const pattern = new RegExp(`^\\s*(?:- )?${String(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
			index = lines.findIndex((line, lineIndex) => lineIndex >= from && pattern.test(line));
		}
		if (index === -1) return found;
		found = index;
		from = typeof key === 'number' ? index : index + 1;
	}
	return found;
}
