import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import type { ItemRecord, PlanRecord, TopicRecord } from '../../src/data/records.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { listSectionPages } from '../support/site-files.ts';
import { hasAnchor, readDistCsv, readDistJson, readPage } from './helpers.ts';


const topics = readDistJson<TopicRecord[]>('data/topics.json');
const items = readDistJson<ItemRecord[]>('data/items.json');
const plans = readDistJson<PlanRecord[]>('data/plans.json');
const planById = new Map(plans.map((plan) => [plan.id, plan]));
const itemByUrl = new Map(items.map((item) => [item.url, item]));
const taxonomy = load(readFileSync(join(REPO_ROOT, 'tests/fixtures/site/topics.yaml'), 'utf8')) as { id: string; name: string; parent?: string | null }[];
const sectionPages = await listSectionPages(inject('fixtureDist'), 'topics');

/** @returns the topic and every topic below it: a broader topic's pages hold its subtopics' items */
function withSubtopics(id: string): Set<string> {
	const ids = new Set([id]);
	// topics.json lists a topic's subtopics after it, but a loop until nothing is added needs no order.
	let size = 0;
	while (size !== ids.size) {
		size = ids.size;
		for (const topic of topics) if (topic.parent && ids.has(topic.parent)) ids.add(topic.id);
	}
	return ids;
}
const isOnTopic = (item: ItemRecord | undefined, topic: string) => item !== undefined && item.topics.some((id) => withSubtopics(topic).has(id));
const yearSlug = (year: number | null) => (year === null ? 'unknown' : String(year));

/** Every /topics/<id>/<year>/[n/] page, with the item links it lists. */
const yearPages = sectionPages.flatMap((path) => {
	const match = /^\/topics\/([^/]+)\/(\d{4}|unknown)\/(?:\d+\/)?$/.exec(path);
	if (!match) return [];
	const links = readPage(path)
		.querySelectorAll('main a[href^="/plans/"]')
		.map((link) => link.getAttribute('href') ?? '')
		.filter((href) => href.includes('#'));
	return [{ path, topic: match[1], year: match[2], links }];
});
/** @returns the item addresses the year pages of a topic list, for one year or all */
const listedItems = (topic: string, year?: string) => yearPages.filter((page) => page.topic === topic && (year === undefined || page.year === year)).flatMap((page) => page.links);

describe('topics.json', () => {
	it('holds every topic of the taxonomy with id, name, parent and items', () => {
		expect(topics.map(({ id, name, parent }) => ({ id, name, parent })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			taxonomy.map(({ id, name, parent }) => ({ id, name, parent: parent ?? null })).sort((a, b) => a.id.localeCompare(b.id)),
		);
		for (const topic of topics) expect(topic.url).toBe(`/topics/${topic.id}/`);
	});

	it("counts as a topic's items those its year pages list", () => {
		expect(topics.some((topic) => topic.items > 0)).toBe(true);
		for (const topic of topics) expect(listedItems(topic.id), topic.id).toHaveLength(topic.items);
	});

	it('has a CSV twin with the same records', () => {
		expect(readDistCsv('data/topics.csv')).toEqual(topics.map((topic) => ({ ...topic, parent: topic.parent ?? '', items: String(topic.items) })));
	});
});

describe('topic year pages', () => {
	it('exist for every topic and year that has items', () => {
		expect(new Set(yearPages.map((page) => page.topic))).toEqual(new Set(topics.filter((topic) => topic.items > 0).map((topic) => topic.id)));
	});

	it.each(yearPages.map((page) => [page.path, page] as const))('%s links only items on the topic and of the year, each to an anchor that exists', (_, page) => {
		expect(page.links.length).toBeGreaterThan(0);
		for (const href of page.links) {
			expect(hasAnchor(href), href).toBe(true);
			const item = itemByUrl.get(href);
			expect(isOnTopic(item, page.topic), `${href} is not on ${page.topic}`).toBe(true);
			expect(yearSlug(planById.get(item?.plan ?? '')?.year ?? null)).toBe(page.year);
		}
	});

	it("list every item of the fixture bureau that is on the topic by its own words (items without sub-items)", () => {
		const parents = new Set(items.map((item) => `${item.plan}#${item.parent}`));
		const leaves = items.filter((item) => item.plan.startsWith('fixture-county/') && !parents.has(`${item.plan}#${item.id}`) && item.topics.length > 0);
		expect(leaves.length).toBeGreaterThan(20);
		for (const item of leaves) {
			const year = yearSlug(planById.get(item.plan)?.year ?? null);
			for (const topic of item.topics) expect(listedItems(topic, year), `${item.url} on /topics/${topic}/${year}/`).toContain(item.url);
		}
	});
});

describe.each(topics.map((topic) => topic.id))('presence matrix of %s', (topic) => {
	const pages = sectionPages.filter((path) => path.startsWith(`/topics/${topic}/regions/`));
	const rows = pages.flatMap((path) => readPage(path).querySelectorAll('main table tbody tr'));
	const years = readPage(pages[0] ?? `/topics/${topic}/regions/`).querySelectorAll('main table thead th').slice(1).map((header) => header.text.trim());
	const regionOf = (row: (typeof rows)[number]) => row.querySelector('th a')?.getAttribute('href')?.split('/')[2] ?? null;

	it('has a column per year of the archive, newest first, and unknown years last', () => {
		const known = [...new Set(plans.map((plan) => plan.year).filter((year) => year !== null))].sort((a, b) => b - a);
		expect(years).toEqual([...known.map((year) => `${year}年`), ...(plans.some((plan) => plan.year === null) ? ['年份不详'] : [])]);
	});

	it('has a row for the fixture bureau', () => {
		expect(rows.map(regionOf)).toContain('fixture-county');
	});

	it('marks each region and year present (with its item count), absent or unknown, as the plans say', () => {
		for (const row of rows) {
			const region = regionOf(row);
			row.querySelectorAll('td').forEach((cell, index) => {
				const yearPlans = plans.filter((plan) => plan.region === region && (plan.year === null ? '年份不详' : `${plan.year}年`) === years[index]);
				const where = `${region ?? '地区不详'} ${years[index]}`;
				const state = /presence--(present|absent|unknown)/.exec(cell.getAttribute('class') ?? '')?.[1];
				const link = cell.querySelector('a')?.getAttribute('href') ?? '';
				if (yearPlans.length === 0) {
					expect([state, cell.text.trim()], where).toEqual(['unknown', '无文件']);
					return;
				}
				const onTopic = yearPlans.filter((plan) => items.some((item) => item.plan === plan.id && isOnTopic(item, topic)));
				if (onTopic.length === 0) {
					expect([state, cell.text.trim()], where).toEqual(['absent', '未写到']);
					expect(yearPlans.map((plan) => plan.url), where).toContain(link);
					return;
				}
				// As many items as the topic's year page lists for these plans; the link goes to one of them.
				const listed = listedItems(topic, yearSlug(yearPlans[0].year)).filter((href) => onTopic.some((plan) => href.startsWith(plan.url)));
				expect([state, cell.text.trim()], where).toEqual(['present', `写到 ${listed.length} 条`]);
				expect(listed, where).toContain(link);
			});
		}
	});
});

describe('presence matrices, all topics together', () => {
	it('show each of present, absent and unknown somewhere, and the fixture bureau present in each of its years', () => {
		const states = new Set<string>();
		for (const topic of topics) {
			for (const row of readPage(`/topics/${topic.id}/regions/`).querySelectorAll('main tbody tr')) {
				for (const cell of row.querySelectorAll('td')) states.add(/presence--(\w+)/.exec(cell.getAttribute('class') ?? '')?.[1] ?? '');
			}
		}
		expect([...states].sort()).toEqual(['absent', 'present', 'unknown']);
		const matrix = readPage('/topics/family-doctor/regions/');
		const years = matrix.querySelectorAll('main thead th').slice(1).map((header) => header.text.trim());
		const bureau = matrix.querySelectorAll('main tbody tr').find((row) => row.querySelector('th a')?.getAttribute('href') === '/regions/fixture-county/');
		expect(bureau?.querySelectorAll('td').map((cell) => /presence--(\w+)/.exec(cell.getAttribute('class') ?? '')?.[1])).toEqual(
			years.map((year) => (['2022年', '2023年', '2024年'].includes(year) ? 'present' : 'unknown')),
		);
	});
});

describe('plan pages', () => {
	const planPages = plans.filter((plan) => plan.id.startsWith('fixture-county/'));

	it.each(planPages.map((plan) => [plan.url]))('%s shows the topics of each item after its text, linked to the topic pages', (url) => {
		const topicLinksOf = new Map<string, string[]>();
		let heading: string | undefined;
		for (const element of readPage(url).querySelector('.plan-body')?.children ?? []) {
			if (/^H[2-6]$/.test(element.tagName) && element.id) heading = element.id;
			else if (heading && element.querySelector('.item-facts__topics')) {
				topicLinksOf.set(heading, element.querySelectorAll('.item-facts__topics a').map((link) => link.getAttribute('href') ?? ''));
			}
		}
		const ownItems = items.filter((item) => `/plans/${item.plan}/` === url);
		let shownItems = 0;
		for (const item of ownItems) {
			// Topics show where they are decided (the item's own words, an editor), not again on the
			// sub-items that inherit them nor on a heading that gathers its sub-items'.
			const decidedHere = item.topic_source === 'own' || item.topic_source === 'override';
			const expected = decidedHere ? item.topics.map((topic) => `/topics/${topic}/`) : [];
			if (expected.length > 0) shownItems++;
			expect(topicLinksOf.get(item.id) ?? [], item.url).toEqual(expected);
		}
		expect(shownItems).toBeGreaterThan(0);
	});
});
