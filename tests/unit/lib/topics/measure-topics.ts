/**
 * Measures the topic classifier on the seed plans and writes the coverage report.
 *
 *   node_modules/.bin/node tests/unit/lib/topics/measure-topics.ts [--report /tmp/topics-report.md]
 *
 * Prints, per segmenter (jieba with the domain dictionary, Intl.Segmenter, and single characters,
 * which is plain substring matching), precision and recall against the hand labels of
 * tests/fixtures/topics/labelled-official-items.yaml, and the time to classify every item of the
 * seeds; with --report, writes the coverage of the four official plans as Markdown.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { classifyPlan, type ClassifiedItem } from '../../../../src/lib/topics/classify-plan.ts';
import { compileTopicRules } from '../../../../src/lib/topics/rules.ts';
import { createIntlSegmenter, createJiebaSegmenter, type Segmenter } from '../../../../src/lib/topics/segment.ts';
import { loadLabels, loadPlanItems, loadSynonyms, loadTopics, OFFICIAL_PLANS } from './support/seeds.ts';
import { scoreTopics, type Score } from './support/score.ts';

const topics = loadTopics();
const synonyms = loadSynonyms();
const rules = compileTopicRules(topics, synonyms);
/** The same keyword lists without exclusions and with one text match enough: untuned rules. */
const plainRules = compileTopicRules(topics.map((topic) => ({ ...topic, exclude: [], min_text_matches: 1 })), synonyms);
const labels = loadLabels();
const plans = OFFICIAL_PLANS.map((plan) => ({ plan, items: loadPlanItems(plan) }));
const itemCount = plans.reduce((sum, { items }) => sum + items.length, 0);
/** Every seed plan, the compilation parts (unknown/*) too, for timing. */
const seeds = readdirSync(new URL('../../../../content/plans/', import.meta.url), { recursive: true, encoding: 'utf8' })
	.filter((path) => path.endsWith('.md'))
	.map((path) => loadPlanItems(path.replace(/\.md$/, '')));
const seedItemCount = seeds.reduce((sum, items) => sum + items.length, 0);

/** Every character a word of its own: word matching then degenerates into substring matching. */
const characters: Segmenter = { name: 'characters (substring)', segment: (text) => [...text] };

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * @param segmenter a segmenter
 * @param compiled the rules
 * @returns the classification of every official item (key plan#anchor), its scores against the
 *   labels, and the fastest of several passes over all seed plans (on a shared machine the
 *   fastest pass is the one least slowed down by other processes)
 */
function run(segmenter: Segmenter, compiled = rules) {
	const context = { rules: compiled, segmenter };
	const result = new Map(plans.flatMap(({ plan, items }) => classifyPlan(items, context).map((item): [string, ClassifiedItem] => [`${plan}#${item.id}`, item])));
	const times: number[] = [];
	for (let pass = 0; pass < 11; pass++) {
		const start = performance.now();
		for (const items of seeds) classifyPlan(items, context);
		times.push(performance.now() - start);
	}
	const millisPerPass = Math.min(...times);
	const score = scoreTopics(labels, new Map([...result].map(([key, item]) => [key, item.topics])));
	return { segmenter, result, millisPerPass, score };
}

const built = performance.now();
const jieba = createJiebaSegmenter(rules.dictionary);
const jiebaSetup = performance.now() - built;
const jiebaWithoutDomainWords = { ...createJiebaSegmenter([]), name: 'jieba without domain dictionary' };
const segmenters = [jieba, createIntlSegmenter(), characters, jiebaWithoutDomainWords];
const runs = segmenters.map((segmenter) => run(segmenter));
const plainRuns = segmenters.map((segmenter) => run(segmenter, plainRules));

const row = (name: string, score: Score, millis: number) =>
	`| ${name} | ${percent(score.precision)} | ${percent(score.recall)} | ${percent(score.f1)} | ${score.truePositives} | ${score.falsePositives} | ${score.falseNegatives} | ${score.exact}/${score.items} | ${millis.toFixed(1)} ms | ${((millis / seedItemCount) * 1000).toFixed(1)} ms |`;
const header = ['| segmenter | precision | recall | F1 | TP | FP | FN | exact items | all seeds once | per 1,000 items |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
const lines = [
	`Labelled items: ${labels.size} of the ${itemCount} items of the four official plans. Timing: fastest of 11 passes over all ${seedItemCount} items of the ${seeds.length} seed plans (one classifyPlan per plan; segmenters built beforehand: jieba's dictionaries took ${jiebaSetup.toFixed(0)} ms once; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end).`,
	'',
	'Rules of content/topics.yaml:',
	'',
	...header,
	...runs.map(({ segmenter, score, millisPerPass }) => row(segmenter.name, score, millisPerPass)),
	'',
	'Same keyword lists, untuned (no exclude, min_text_matches 1):',
	'',
	...header,
	...plainRuns.map(({ segmenter, score, millisPerPass }) => row(segmenter.name, score, millisPerPass)),
];
console.log(lines.join('\n'));

// Where the segmenters disagree, and with what effect against the labels.
const [first, second] = runs;
console.log(`\nItems where ${first.segmenter.name} and ${second.segmenter.name} differ:`);
for (const [key, item] of first.result) {
	const other = second.result.get(key)?.topics ?? [];
	if (item.topics.join() === other.join()) continue;
	const expected = labels.get(key);
	console.log(`  ${key}: ${first.segmenter.name} [${item.topics.join(', ')}] · ${second.segmenter.name} [${other.join(', ')}] · expected ${expected ? `[${expected.join(', ')}]` : '(not labelled)'}`);
}

// Per-topic errors of the shipped segmenter, to tune rules.
if (process.argv.includes('--errors')) {
	console.log(`\nDisagreements of ${first.segmenter.name} with the labels:`);
	for (const [key, wanted] of labels) {
		const got = first.result.get(key)?.topics ?? [];
		const missing = wanted.filter((topic) => !got.includes(topic));
		const extra = got.filter((topic) => !wanted.includes(topic));
		if (missing.length || extra.length) console.log(`  ${key}: missing [${missing.join(', ')}] extra [${extra.join(', ')}] (${first.result.get(key)?.source})`);
	}
}

const reportAt = process.argv.indexOf('--report');
if (reportAt > 0) {
	const path = process.argv[reportAt + 1];
	const names = new Map(topics.map((topic) => [topic.id, topic.name]));
	const { result } = first;
	const items = [...result];
	const covered = items.filter(([, item]) => item.topics.length > 0);
	const sources = new Map<string, number>();
	for (const [, item] of items) sources.set(item.source, (sources.get(item.source) ?? 0) + 1);
	const counts = topics.map((topic) => ({ topic, count: items.filter(([, item]) => item.topics.includes(topic.id)).length }));
	const titles = new Map(plans.flatMap(({ plan, items: planItems }) => planItems.map((item): [string, string] => [`${plan}#${item.id}`, `${item.number ?? ''}${item.title}`])));
	const report = [
		'# Topic coverage of the four official seed plans',
		'',
		`Classifier: ${first.segmenter.name} with the domain dictionary, rules of content/topics.yaml (${topics.length} topics), parent/sub-item inheritance of classify-plan.ts.`,
		'Reproduce: `node_modules/.bin/node tests/unit/lib/topics/measure-topics.ts --report /tmp/topics-report.md`',
		'',
		`- Items: ${items.length}; with at least one topic: ${covered.length} (${percent(covered.length / items.length)})`,
		`- Where the topics come from: ${[...sources].map(([source, count]) => `${source} ${count}`).join(', ')}`,
		'',
		'## Segmenter comparison (hand labels)',
		'',
		...lines,
		'',
		'## Items per topic',
		'',
		'| topic | name | parent | items |',
		'| --- | --- | --- | --- |',
		...counts.map(({ topic, count }) => `| ${topic.id} | ${topic.name} | ${topic.parent ?? ''} | ${count} |`),
		'',
		'## Items with no topic',
		'',
		...(items.length === covered.length
			? ['None.']
			: items.filter(([, item]) => item.topics.length === 0).map(([key]) => `- ${key} ${titles.get(key)}`)),
		'',
		'## Every item',
		'',
		'| item | title | topics | source |',
		'| --- | --- | --- | --- |',
		...items.map(([key, item]) => `| ${key} | ${titles.get(key)} | ${item.topics.map((topic) => names.get(topic)).join('、')} | ${item.source} |`),
		'',
	];
	writeFileSync(path, report.join('\n'));
	console.log(`\nReport written to ${path}`);
}
