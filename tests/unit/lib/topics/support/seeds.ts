import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { splitFrontMatter } from '../../../../../src/lib/check/front-matter.ts';
import { extractOutline, type PlanItem } from '../../../../../src/lib/outline.ts';
import { SynonymSchema, type Synonym } from '../../../../../src/schemas/synonym.ts';
import { TopicSchema, type Topic } from '../../../../../src/schemas/topic.ts';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The four official seed plans (the unknown/* files are parts of a model-essay compilation). */
export const OFFICIAL_PLANS = ['linzi/2019-priorities', 'baotou/2017-priorities', 'qinhuangdao/2019-priorities', 'shangyu/2025-priorities'] as const;

/** @returns the real taxonomy, content/topics.yaml, through the schema */
export function loadTopics(): Topic[] {
	return TopicSchema.array().parse(load(readFileSync(`${ROOT}content/topics.yaml`, 'utf8')));
}

/** @returns the real search synonyms, content/synonyms.yaml, through the schema */
export function loadSynonyms(): Synonym[] {
	return SynonymSchema.array().parse(load(readFileSync(`${ROOT}content/synonyms.yaml`, 'utf8')));
}

/**
 * @param plan a plan id (path under content/plans without .md)
 * @returns its items, parsed as the site parses them
 */
export function loadPlanItems(plan: string): PlanItem[] {
	return extractOutline(splitFrontMatter(readFileSync(`${ROOT}content/plans/${plan}.md`, 'utf8')).body).items;
}

/** @returns the hand-labelled expected topics: `plan#anchor` → topic ids */
export function loadLabels(): Map<string, string[]> {
	const raw = load(readFileSync(`${ROOT}tests/fixtures/topics/labelled-official-items.yaml`, 'utf8')) as Record<string, string[]>;
	return new Map(Object.entries(raw));
}
