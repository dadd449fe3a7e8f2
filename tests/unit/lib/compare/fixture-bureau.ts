import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { splitFrontMatter } from '../../../../src/lib/check/front-matter.ts';
import { extractOutline, type PlanItem } from '../../../../src/lib/outline.ts';
import { REPO_ROOT } from '../../../support/paths.ts';

/**
 * The content root holding the fixture bureau (样例县, plans/fixture-county/): the fixture site that
 * the build tests build, shared by the compare unit tests.
 */
export const BUREAU_ROOT = join(REPO_ROOT, 'tests/fixtures/site');

/** A reader's judgement of the fixture bureau's comparisons, beside its plans (an underscore file is not a plan). */
const EXPECTED_FILE = join(BUREAU_ROOT, 'plans/fixture-county/_EXPECTED.md');

/**
 * @param markdown a plan body (no front matter)
 * @returns its outline items
 */
export function outline(markdown: string): PlanItem[] {
	return extractOutline(markdown).items;
}

/**
 * @param plan a plan id under plans/, e.g. fixture-county/2022-priorities
 * @returns the plan's outline items, parsed as the site parses them
 */
export function loadFixturePlan(plan: string): PlanItem[] {
	const text = readFileSync(join(BUREAU_ROOT, 'plans', `${plan}.md`), 'utf8');
	return outline(splitFrontMatter(text).body);
}

/** The machine-readable block of the fixture bureau's _EXPECTED.md. */
export interface BureauExpectations {
	alignments: {
		a: string;
		b: string;
		counts: { kept: number; changed: number; added: number; dropped: number; renumbered: number };
		changed: [string, string][];
		renumbered: [string, string][];
		added: string[];
		dropped: string[];
	}[];
	closure: { plan: string; summary: string; unreported: string[] }[];
}

/** @returns the YAML block of EXPECTED.md, which a person wrote by reading the fixture files */
export function readExpectations(): BureauExpectations {
	const text = readFileSync(EXPECTED_FILE, 'utf8');
	const block = /```yaml\n([\s\S]*?)```/.exec(text);
	if (!block) throw new Error('EXPECTED.md has no ```yaml block');
	return load(block[1]) as BureauExpectations;
}

/**
 * A stand-in for topic classification (which lives elsewhere): an item gets every topic of the
 * fixture's topics.yaml whose keywords occur in its title or text.
 * @param items outline items
 * @returns the same items with `topics`
 */
export function withFixtureTopics<T extends PlanItem>(items: readonly T[]): (T & { topics: string[] })[] {
	const topics = load(readFileSync(join(BUREAU_ROOT, 'topics.yaml'), 'utf8')) as { id: string; keywords: string[] }[];
	return items.map((item) => ({
		...item,
		topics: topics.filter((topic) => topic.keywords.some((keyword) => `${item.title}${item.text}`.includes(keyword))).map((topic) => topic.id),
	}));
}
