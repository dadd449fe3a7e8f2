import { fileURLToPath } from 'node:url';
import { readRegions } from '../../scripts/lib/plan-files.ts';
import type { ImportResult, RegionEntry } from '../../src/lib/parse/index.ts';

/** The import date written into every golden file, so that goldens do not change daily. */
export const IMPORTED_ON = '2026-11-24';

/** Seeds live next to the repository: /work/shared/seeds. */
export const SEEDS_DIR = new URL('../../../shared/seeds/', import.meta.url);

/** Tiny raw fixtures, one quirk each. */
export const RAW_DIR = new URL('../fixtures/raw/', import.meta.url);

/** A small fixed region list for fixtures, so that goldens do not follow content/regions.yaml. */
export const FIXTURE_REGIONS: RegionEntry[] = [
	{ id: 'zibo', name: '淄博市', level: '市', parent: null },
	{ id: 'linzi', name: '临淄区', level: '区', parent: 'zibo' },
	{ id: 'shaoxing', name: '绍兴市', level: '市', parent: null },
	{ id: 'shangyu', name: '上虞区', level: '区', parent: 'shaoxing' },
];

/** The project's region list as the importer reads it (national list and content/regions.yaml), for the seeds. */
export function readProjectRegions(): RegionEntry[] {
	return readRegions(fileURLToPath(new URL('../../content/regions.yaml', import.meta.url))).regions;
}

/**
 * Joins the documents of one import into one golden text, each under a comment naming its path.
 * @param result an import result
 * @returns the golden Markdown
 */
export function goldenMarkdown(result: ImportResult): string {
	return result.documents
		.map((document) => `<!-- ${document.path} -->\n${document.markdown}`)
		.join('\n');
}
