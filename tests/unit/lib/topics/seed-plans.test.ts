import { describe, expect, it } from 'vitest';
import { classifyPlan } from '../../../../src/lib/topics/classify-plan.ts';
import { compileTopicRules } from '../../../../src/lib/topics/rules.ts';
import { createIntlSegmenter, createJiebaSegmenter, type Segmenter } from '../../../../src/lib/topics/segment.ts';
import { scoreTopics } from './support/score.ts';
import { loadLabels, loadPlanItems, loadSynonyms, loadTopics, OFFICIAL_PLANS } from './support/seeds.ts';

// The real taxonomy over the real seed plans (figures: tests/unit/lib/topics/measure-topics.ts).
const topics = loadTopics();
const rules = compileTopicRules(topics, loadSynonyms());
const labels = loadLabels();
const plans = OFFICIAL_PLANS.map((plan) => ({ plan, items: loadPlanItems(plan) }));
const jieba = createJiebaSegmenter(rules.dictionary);

/**
 * @param segmenter a segmenter
 * @returns every official item's topics, keyed plan#anchor
 */
const classifyAll = (segmenter: Segmenter) =>
	new Map(plans.flatMap(({ plan, items }) => classifyPlan(items, { rules, segmenter }).map((item): [string, string[]] => [`${plan}#${item.id}`, item.topics])));
const shipped = classifyAll(jieba);

describe('topics of the four official seed plans', () => {
	it('give every item at least one topic', () => {
		expect([...shipped].filter(([, found]) => found.length === 0).map(([key]) => key)).toEqual([]);
	});

	it('agree with the hand labels: precision at least 80 %, recall at least 90 %', () => {
		const score = scoreTopics(labels, shipped);
		expect(score.precision).toBeGreaterThanOrEqual(0.8);
		expect(score.recall).toBeGreaterThanOrEqual(0.9);
	});

	it('are classified at least as well by jieba (the shipped segmenter) as by Intl.Segmenter', () => {
		const withJieba = scoreTopics(labels, shipped);
		const withIntl = scoreTopics(labels, classifyAll(createIntlSegmenter()));
		expect(withJieba.f1).toBeGreaterThanOrEqual(withIntl.f1);
	});
});

describe('the hand labels', () => {
	it('cover at least 80 items of the four official plans, with known topic ids', () => {
		const ids = new Set(topics.map((topic) => topic.id));
		expect(labels.size).toBeGreaterThanOrEqual(80);
		expect([...labels.keys()].filter((key) => !shipped.has(key))).toEqual([]);
		expect([...labels.values()].flat().filter((id) => !ids.has(id))).toEqual([]);
	});
});
