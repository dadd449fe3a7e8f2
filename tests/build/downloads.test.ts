import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { readDistCsv, readDistJson, readPage } from './helpers.ts';

/**
 * What the open data offers for download beyond the whole-site files: each plan's source and data
 * file, the sizes the open data page states, and the CSV twins of the JSON files.
 */
const dist = inject('fixtureDist');
const FIXTURE_SITE = join(REPO_ROOT, 'tests/fixtures/site');
type Plan = Record<string, string | number | null | string[]> & { id: string; url: string; source_file: string };
const plans = readDistJson<Plan[]>('data/plans.json');
const items = readDistJson<{ plan: string }[]>('data/items.json');
const indicators = readDistJson<{ plan: string }[]>('data/indicators.json');

describe('per-plan downloads', () => {
	it('name each plan’s source file as it is in the repository', () => {
		expect(plans.find((plan) => plan.id === 'qinhuangdao/2019-priorities')?.source_file).toBe('content/plans/qinhuangdao/2019-priorities.md');
	});

	it.each(plans.map((plan) => plan.id))('%s: the .md is the source file, byte for byte', (id) => {
		const plan = plans.find((record) => record.id === id) as Plan;
		const source = readFileSync(join(FIXTURE_SITE, plan.source_file.replace(/^content\//, '')));
		expect(readFileSync(join(dist, `data/plans/${id}.md`)).equals(source)).toBe(true);
	});

	it.each(plans.map((plan) => plan.id))('%s: the .json is its record with its own items and targets', (id) => {
		expect(readDistJson(`data/plans/${id}.json`)).toEqual({
			plan: plans.find((record) => record.id === id),
			items: items.filter((item) => item.plan === id),
			indicators: indicators.filter((indicator) => indicator.plan === id),
		});
	});

	it('has nothing else in data/plans/: one .md and one .json per plan', () => {
		const files = readdirSync(join(dist, 'data/plans'), { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dist, 'data/plans', file)).isFile());
		expect(files.sort()).toEqual(plans.flatMap((plan) => [`${plan.id}.json`, `${plan.id}.md`]).sort());
	});

	it('are linked from each plan page, under its source', () => {
		for (const plan of plans) {
			const line = readPage(plan.url).querySelector('.plan-main .plan-downloads');
			expect(line?.previousElementSibling?.querySelector('#source-heading'), plan.id).not.toBeNull();
			expect(line?.querySelectorAll('a[download]').map((link) => link.getAttribute('href')), plan.id).toEqual([`/data/plans/${plan.id}.md`, `/data/plans/${plan.id}.json`]);
		}
	});
});

describe('the open data page', () => {
	const page = readPage('/data/');
	const sizes = page.querySelectorAll('.file-size');

	it('states the size of each data file it offers, equal to the file as written', () => {
		const offered = page.querySelectorAll('.data-files a[download]').map((link) => link.getAttribute('href'));
		expect(offered).toEqual(['plans', 'items', 'indicators', 'comparisons', 'topics'].flatMap((name) => [`/data/${name}.json`, `/data/${name}.csv`]));
		expect(sizes.map((size) => size.getAttribute('data-file'))).toEqual(offered);
		for (const size of sizes) {
			const path = size.getAttribute('data-file') ?? '';
			const bytes = statSync(join(dist, path)).size;
			expect(size.tagName, path).toBe('DATA');
			expect(size.getAttribute('value'), path).toBe(String(bytes));
		}
	});

	it('shows each size readably, in bytes, KB or MB', () => {
		expect(sizes).toHaveLength(10);
		for (const size of sizes) expect(size.text).toMatch(/^(\d+ 字节|\d+\.\d (KB|MB))$/);
	});

	it('states the licence, the newest import and the build date', () => {
		expect(page.querySelector('a[rel="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.zh-hans');
		const facts = Object.fromEntries(page.querySelectorAll('.facts dt').map((term) => [term.text, term.nextElementSibling?.text]));
		// Only qinhuangdao/2019-priorities of the fixture says when it was imported.
		expect(facts['最近收录']).toBe('2026年11月24日');
		expect(facts['本站构建']).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
	});
});

describe('CSV twins', () => {
	it('hold the same plan records as plans.json, column for column, lists joined with ;', () => {
		const rows = readDistCsv('data/plans.csv');
		const asCsv = (value: Plan[string]) => (value === null ? '' : Array.isArray(value) ? value.join(';') : String(value));
		expect(rows).toEqual(plans.map((plan) => Object.fromEntries(Object.entries(plan).map(([key, value]) => [key, asCsv(value)]))));
	});

	it('hold one row per item and per target of the JSON files', () => {
		expect(readDistCsv('data/items.csv').map((row) => row.plan)).toEqual(items.map((item) => item.plan));
		expect(readDistCsv('data/indicators.csv').map((row) => row.plan)).toEqual(indicators.map((indicator) => indicator.plan));
	});
});
