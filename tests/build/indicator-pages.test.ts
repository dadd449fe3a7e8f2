import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { IndicatorRecord } from '../../src/data/records.ts';
import { formatTargetValue } from '../../src/lib/indicators/format-target.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { hasAnchor, readDistCsv, readDistJson, readPage } from './helpers.ts';

const indicators = readDistJson<IndicatorRecord[]>('data/indicators.json');
const plans = readDistJson<{ id: string; year: number | null; region: string | null; region_name: string | null }[]>('data/plans.json');
const planById = new Map(plans.map((plan) => [plan.id, plan]));
const families = load(readFileSync(join(REPO_ROOT, 'tests/fixtures/site/indicators.yaml'), 'utf8')) as { id: string; name: string; unit: string | null }[];

describe('indicators.json', () => {
	it('carries plan, item, metric, subject, op, value, unit, year and text, and the item address, for every target', () => {
		expect(indicators.length).toBeGreaterThan(0);
		for (const record of indicators) {
			const plan = planById.get(record.plan);
			expect(plan, record.plan).toBeDefined();
			expect(record).toMatchObject({ item: expect.any(String), subject: expect.any(String), op: expect.stringMatching(/^(>=|>|<=|<|=|~|range)$/), value: expect.any(Number), text: expect.any(String) });
			expect(record.metric === null || families.some((family) => family.id === record.metric), String(record.metric)).toBe(true);
			expect(record.unit === null || typeof record.unit === 'string').toBe(true);
			expect(record.year).toBe(plan?.year);
			expect(record.region).toBe(plan?.region);
			expect(record.url).toBe(`/plans/${record.plan}/#${record.item}`);
			expect(hasAnchor(record.url), record.url).toBe(true);
		}
	});

	it("follows the bureau's family-doctor contract target from 60% to 65% to 70% over its three plans", () => {
		const targets = indicators.filter((record) => record.plan.startsWith('fixture-county/') && record.metric === 'family-doctor-contract' && record.kind === 'target' && record.subject === '家庭医生签约率');
		expect(targets.map(({ year, op, value, unit }) => ({ year, op, value, unit })).sort((a, b) => (a.year ?? 0) - (b.year ?? 0))).toEqual([
			{ year: 2022, op: '>=', value: 60, unit: '%' },
			{ year: 2023, op: '>=', value: 65, unit: '%' },
			{ year: 2024, op: '>=', value: 70, unit: '%' },
		]);
	});

	it('has a CSV twin with one row per record', () => {
		const rows = readDistCsv('data/indicators.csv');
		expect(rows).toHaveLength(indicators.length);
		expect(rows[0]).toMatchObject({ plan: indicators[0].plan, item: indicators[0].item, metric: indicators[0].metric ?? '', value: String(indicators[0].value), url: indicators[0].url });
	});
});

describe.each(['family-doctor-contract', 'maternal-mortality'])('indicator page of %s', (id) => {
	const family = families.find((candidate) => candidate.id === id);
	const page = readPage(`/indicators/${id}/`);
	const table = page.querySelector('main table');
	const values = indicators.filter((record) => record.metric === id);
	const yearLabel = (year: number | null) => (year === null ? '年份不详' : `${year}年`);

	it('is about a family of the fixture with values in the bureau', () => {
		expect(family).toBeDefined();
		expect(values.filter((record) => record.plan.startsWith('fixture-county/')).length).toBeGreaterThan(2);
	});

	it('has a table captioned with the name and the unit', () => {
		const caption = table?.querySelector('caption')?.text ?? '';
		expect(caption).toContain(family?.name);
		expect(caption).toContain(`（${family?.unit}）`);
	});

	it('heads its columns with the years of its values, oldest first, scope="col"', () => {
		const headers = table?.querySelectorAll('thead th') ?? [];
		for (const header of headers) expect(header.getAttribute('scope')).toBe('col');
		const years = [...new Set(values.map((record) => record.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
		expect(headers.slice(1).map((header) => header.text.trim())).toEqual(years.map(yearLabel));
	});

	it('heads its rows with the regions of its values, scope="row"', () => {
		const rows = table?.querySelectorAll('tbody tr') ?? [];
		const headers = rows.map((row) => row.querySelector('th'));
		for (const header of headers) expect(header?.getAttribute('scope')).toBe('row');
		const regions = new Set(values.map((record) => planById.get(record.plan)?.region_name ?? '地区不详'));
		expect(headers.map((header) => header?.text.trim()).sort()).toEqual([...regions].sort());
	});

	it('shows every value in its region and year, linked to the item that states it', () => {
		const years = table?.querySelectorAll('thead th').map((header) => header.text.trim()) ?? [];
		const shown = (table?.querySelectorAll('tbody tr') ?? []).flatMap((row) => {
			const region = row.querySelector('th')?.text.trim();
			return row.querySelectorAll('td').flatMap((cell, index) => cell.querySelectorAll('a').map((link) => ({ region, year: years[index + 1], href: link.getAttribute('href') ?? '', text: link.text.trim() })));
		});
		for (const { href } of shown) expect(hasAnchor(href), href).toBe(true);
		const expectedCells = values.map((record) => ({
			region: planById.get(record.plan)?.region_name ?? '地区不详',
			year: yearLabel(record.year),
			href: record.url,
			text: formatTargetValue({ op: record.op as never, value: record.value, valueMax: record.value_max, unit: record.unit }),
		}));
		const order = (a: { href: string; text: string }, b: { href: string; text: string }) => `${a.href} ${a.text}`.localeCompare(`${b.href} ${b.text}`);
		expect(shown.sort(order)).toEqual(expectedCells.sort(order));
	});

	it('draws an SVG chart named for screen readers by its title', () => {
		const svg = page.querySelector('main svg[role="img"]');
		expect(svg).not.toBeNull();
		const title = svg?.querySelector('title');
		expect(title?.text).toContain(family?.name);
		expect(svg?.getAttribute('aria-labelledby')?.split(' ')).toContain(title?.id);
	});
});

describe('/indicators/', () => {
	it('links every family that has values, and says how many values it has', () => {
		const rows = readPage('/indicators/').querySelectorAll('tbody tr');
		const counts = new Map<string, number>();
		for (const record of indicators) if (record.metric) counts.set(record.metric, (counts.get(record.metric) ?? 0) + 1);
		expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href')).sort()).toEqual([...counts.keys()].map((metric) => `/indicators/${metric}/`).sort());
		for (const row of rows) {
			const metric = row.querySelector('th a')?.getAttribute('href')?.split('/')[2] ?? '';
			expect(row.querySelectorAll('td').map((cell) => cell.text.trim()), metric).toContain(String(counts.get(metric)));
		}
	});
});
