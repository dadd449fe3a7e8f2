/**
 * Prints how many labelled metadata fields of the real page openings (tests/fixtures/pages/) the
 * importer gets right, leaves empty or gets wrong, per field, shows how provenance labels and the
 * importer's provenance compare, and lists every miss.
 * Run: node_modules/.bin/node tests/import/measure-pages.ts
 */
import { measureAllPages, PAGE_FIELDS, tally, type Counts, type FieldResult } from './pages.ts';

const results = measureAllPages();
const table = tally(results);
const pages = (items: readonly FieldResult[]) => new Set(items.map((result) => result.page)).size;
const percent = (count: number, total: number) => `${((100 * count) / total).toFixed(1)} %`;
const row = (name: string, { right, empty, wrong }: Counts) =>
	`| ${name} | ${right} (${percent(right, right + empty + wrong)}) | ${empty} | ${wrong} |`;

console.log(`${pages(results)} pages, ${results.length} labelled fields\n`);
console.log('| field | right | empty | wrong |');
console.log('| --- | ---: | ---: | ---: |');
for (const key of [...PAGE_FIELDS, 'all'] as const) console.log(row(key, table[key]));
// The provenance rules were written with every page in view: held-out pages are held out for
// the metadata fields only.
const metadata = results.filter((result) => result.field !== 'provenance');
const heldOut = metadata.filter((result) => result.heldOut);
if (heldOut.length > 0) {
	const developed = metadata.filter((result) => !result.heldOut);
	console.log('\nMetadata fields (provenance left out):');
	console.log(row(`pages the rules were written on (${pages(developed)})`, tally(developed).all));
	console.log(row(`held-out pages (${pages(heldOut)})`, tally(heldOut).all));
}
const provenance = results.filter((result) => result.field === 'provenance');
const values = ['official', 'reprint', 'unofficial'];
console.log('\nProvenance, label (rows) by importer (columns):\n');
console.log(`| label | ${values.join(' | ')} |`);
console.log(`| --- |${' ---: |'.repeat(values.length)}`);
for (const label of values) {
	const row = values.map(
		(actual) =>
			provenance.filter((result) => result.label === label && result.actual === actual).length,
	);
	console.log(`| ${label} | ${row.join(' | ')} |`);
}
const misses = results.filter((result) => result.outcome !== 'right');
if (misses.length > 0) console.log('\nMisses:');
for (const { page, field, label, actual, outcome } of misses) {
	const values = `label ${JSON.stringify(label)}, importer ${JSON.stringify(actual)}`;
	console.log(`  ${outcome.padEnd(5)} ${page} ${field}: ${values}`);
}
