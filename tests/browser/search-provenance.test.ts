import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { provenanceOf, type Provenance } from '../../src/lib/provenance.ts';
import { readGroundTruth, readResults, selectFilter, urlsOf, useSearchBrowser } from '../support/search-ui.ts';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const { expectedFor } = readGroundTruth(siteDist);
const plans = JSON.parse(readFileSync(join(siteDist, 'data', 'plans.json'), 'utf8')) as { url: string; provenance: Provenance }[];

/** @returns the provenance of the plan a result belongs to */
const provenanceOfResult = (url: string) => plans.find((plan) => url.startsWith(plan.url))?.provenance;
/** The real content holds 医养结合 in official, reprinted and unofficial texts alike. */
const QUERY = '医养结合';
const UNOFFICIAL = provenanceOf('unofficial').label;

const { openSearch } = useSearchBrowser(siteUrl);

describe('search and the provenance of texts', () => {
	it('tags every result from a text that is not an official publication, and no other', async () => {
		const page = await openSearch(`/search/?q=${encodeURIComponent(QUERY)}`);
		const results = await readResults(page, QUERY);
		await page.close();
		expect(new Set(results.map((result) => provenanceOfResult(result.url)))).toEqual(new Set(['official', 'reprint', 'unofficial']));
		for (const result of results) {
			const provenance = provenanceOfResult(result.url) ?? 'official';
			expect(result.tag, result.url).toBe(provenance === 'official' ? '' : provenanceOf(provenance).label);
		}
	});

	it('filters by provenance from the select and from the address', async () => {
		const expectedOf = (provenance: Provenance) => urlsOf(expectedFor(QUERY).filter((record) => provenanceOfResult(record.url) === provenance));
		const page = await openSearch(`/search/?q=${encodeURIComponent(QUERY)}`);
		await readResults(page, QUERY);
		await selectFilter(page, 'provenance', UNOFFICIAL);
		const unofficial = await readResults(page, QUERY);
		expect(new URL(page.url()).searchParams.get('provenance')).toBe(UNOFFICIAL);
		await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(QUERY)}&provenance=${encodeURIComponent(provenanceOf('official').label)}`);
		const official = await readResults(page, QUERY);
		await page.close();
		expect(unofficial.length).toBeGreaterThan(0);
		expect(urlsOf(unofficial)).toEqual(expectedOf('unofficial'));
		expect(official.length).toBeGreaterThan(0);
		expect(urlsOf(official)).toEqual(expectedOf('official'));
	});
});
