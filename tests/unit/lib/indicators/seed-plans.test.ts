import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../src/lib/check/front-matter.ts';
import { extractItemIndicators, itemIndicatorText } from '../../../../src/lib/indicators/index.ts';
import { extractOutline } from '../../../../src/lib/outline.ts';
import { IndicatorFamiliesSchema } from '../../../../src/schemas/indicator.ts';

/**
 * The four official seed plans, read item by item as the data builder does. The counts were
 * checked by eye (src/lib/indicators/README.md); a change here means the report needs a new look.
 */
const root = new URL('../../../../', import.meta.url);
const families = IndicatorFamiliesSchema.parse(load(readFileSync(new URL('content/indicators.yaml', root), 'utf8')));

function targetsOf(plan: string) {
	const { body } = splitFrontMatter(readFileSync(new URL(`content/plans/${plan}.md`, root), 'utf8'));
	return extractOutline(body).items.flatMap((item) =>
		extractItemIndicators(item, { documentKind: '要点', families }).map((target) => ({ item, target })),
	);
}

const plans = ['linzi/2019-priorities', 'baotou/2017-priorities', 'qinhuangdao/2019-priorities', 'shangyu/2025-priorities'];
const found = Object.fromEntries(plans.map((plan) => [plan, targetsOf(plan)]));

describe('indicators of the official seed plans', () => {
	it('finds the number of targets checked by eye', () => {
		expect(Object.fromEntries(plans.map((plan) => [plan, found[plan].length]))).toEqual({
			'linzi/2019-priorities': 13,
			'baotou/2017-priorities': 25,
			'qinhuangdao/2019-priorities': 11,
			'shangyu/2025-priorities': 99,
		});
	});

	it('returns spans that are exactly the item text', () => {
		for (const plan of plans) {
			for (const { item, target } of found[plan]) {
				expect(itemIndicatorText(item).slice(target.span.start, target.span.end)).toBe(target.text);
			}
		}
	});

	it('reads every value of a plan as a target', () => {
		expect(plans.flatMap((plan) => found[plan]).filter(({ target }) => target.kind !== 'target')).toEqual([]);
	});

	it('reads the maternal and child mortality targets of Linzi 2019', () => {
		const mortality = found['linzi/2019-priorities'].filter(({ item }) => item.id === 's7-30').map(({ target }) => [target.metric, target.op, target.value, target.unit]);
		expect(mortality).toEqual([
			['maternal-mortality', '<=', 9.5, '/10万'],
			['infant-mortality', '<=', 4, '‰'],
			['under-five-mortality', '<=', 5, '‰'],
		]);
	});

	it('groups the family-doctor targets of three plans under one metric', () => {
		const signing = plans.flatMap((plan) => found[plan].filter(({ target }) => target.metric === 'family-doctor-contract').map(({ target }) => `${target.op}${target.value}${target.unit}`));
		expect(signing).toEqual(['>=90%', '=60%', '>=85%']);
	});
});
