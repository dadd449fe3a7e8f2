import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('fixtureDist');

describe('search index', () => {
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

	it('holds one record per item and per plan, in the site language', () => {
		const items = JSON.parse(readFileSync(join(dist, 'data/items.json'), 'utf8')) as unknown[];
		const plans = JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as unknown[];
		expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
		expect(entry.languages['zh-cn'].page_count).toBe(items.length + plans.length);
	});

	it('has the year, region and kind filters', () => {
		const filters = readdirSync(join(dist, 'pagefind/filter'));
		expect(filters.length).toBeGreaterThan(0);
	});

	it('publishes the synonyms it was built with', () => {
		expect(JSON.parse(readFileSync(join(dist, 'data/synonyms.json'), 'utf8'))).toContainEqual(['家庭医生', '家医']);
	});
});
