import { describe, expect, inject, it } from 'vitest';
import { describeBrokenLinks, findBrokenLinks } from '../support/link-check.ts';

describe('links of the fixture build', () => {
	it('all lead to a file in dist, and every #anchor to an id on its page', async () => {
		const broken = await findBrokenLinks(inject('fixtureDist'));
		expect(broken, describeBrokenLinks(broken)).toEqual([]);
	});
});
