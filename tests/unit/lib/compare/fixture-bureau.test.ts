import { describe, expect, it } from 'vitest';
import { alignPlans, type Alignment } from '../../../../src/lib/compare/align-plans.ts';
import type { CompareItem } from '../../../../src/lib/compare/compare-item.ts';
import { linkReports } from '../../../../src/lib/compare/link-reports.ts';
import { loadFixturePlan, readExpectations, withFixtureTopics } from './fixture-bureau.ts';

const expectations = readExpectations();

/** The alignment's rows in the shape of EXPECTED.md. */
function describeAlignment(alignment: Alignment<CompareItem>) {
	const pair = (status: string) => alignment.rows.filter((row) => row.status === status).map((row) => [row.a?.id, row.b?.id]);
	const { kept, changed, added, dropped, renumbered } = alignment.counts;
	return {
		counts: { kept, changed, added, dropped, renumbered },
		changed: pair('changed'),
		renumbered: alignment.rows.filter((row) => row.renumbered).map((row) => [row.a?.id, row.b?.id]),
		added: alignment.rows.filter((row) => row.status === 'added').map((row) => row.b?.id),
		dropped: alignment.rows.filter((row) => row.status === 'dropped').map((row) => row.a?.id),
	};
}

describe('the fixture bureau (tests/fixtures/bureau/EXPECTED.md)', () => {
	it('has the two consecutive comparisons written down', () => {
		expect(expectations.alignments.map(({ a, b }) => `${a} → ${b}`)).toEqual([
			'fixture-county/2022-priorities → fixture-county/2023-priorities',
			'fixture-county/2023-priorities → fixture-county/2024-priorities',
		]);
	});

	for (const expected of expectations.alignments) {
		const { a, b, ...judged } = expected;
		const name = `${a.split('/')[1]} → ${b.split('/')[1]}`;

		it(`${name}: aligns item by item as a reader judges it`, () => {
			expect(describeAlignment(alignPlans(loadFixturePlan(a), loadFixturePlan(b)))).toEqual(judged);
		});

		it(`${name}: gives the same counts when items carry topics`, () => {
			const alignment = alignPlans(withFixtureTopics(loadFixturePlan(a)), withFixtureTopics(loadFixturePlan(b)));
			expect(alignment.counts).toEqual(judged.counts);
			expect(Object.keys(alignment.byTopic)).toContain('family-doctor');
		});
	}

	for (const expected of expectations.closure) {
		it(`${expected.plan} ↔ ${expected.summary}: finds exactly the unreported items`, () => {
			const closure = linkReports(loadFixturePlan(expected.plan), loadFixturePlan(expected.summary));
			expect(closure.unreported.map((item) => item.id)).toEqual(expected.unreported);
		});

		it(`${expected.plan} ↔ ${expected.summary}: finds the same with topics`, () => {
			const closure = linkReports(withFixtureTopics(loadFixturePlan(expected.plan)), withFixtureTopics(loadFixturePlan(expected.summary)));
			expect(closure.unreported.map((item) => item.id)).toEqual(expected.unreported);
		});
	}
});
