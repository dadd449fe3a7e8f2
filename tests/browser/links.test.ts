import { describe, expect, inject, it } from 'vitest';
import { describeBrokenLinks, findBrokenLinks } from '../support/link-check.ts';

// The real content's build is made by this project's global setup (tests/support/setup-browser.ts),
// so its link check lives here although it needs no browser.
describe('links of the real content build', () => {
	it('all lead to a file in dist, and every #anchor to an id on its page', async () => {
		const broken = await findBrokenLinks(inject('siteDist'));
		expect(broken, describeBrokenLinks(broken)).toEqual([]);
	});
});
