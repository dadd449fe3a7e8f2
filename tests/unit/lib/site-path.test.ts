import { describe, expect, it } from 'vitest';
import { BASE_PATH, withBase, withoutBase } from '../../../src/lib/site-path.ts';

describe('withBase', () => {
	it('leaves site paths as they are at a domain’s root', () => {
		expect(withBase('/plans/x/2023-priorities/', '/')).toBe('/plans/x/2023-priorities/');
		expect(withBase('/', '/')).toBe('/');
	});

	it('puts them under a project site’s path', () => {
		expect(withBase('/plans/x/2023-priorities/', '/wsjk/')).toBe('/wsjk/plans/x/2023-priorities/');
		expect(withBase('/', '/wsjk/')).toBe('/wsjk/');
		expect(withBase('/data/#per-plan-heading', '/wsjk/')).toBe('/wsjk/data/#per-plan-heading');
	});

	it('refuses what is not a site path, rather than making a link to another host', () => {
		expect(() => withBase('plans/x/', '/wsjk/')).toThrow('站内路径应以一个 / 开头：plans/x/');
		expect(() => withBase('//evil.example/', '/')).toThrow('站内路径');
	});

	it('uses the build’s base by default: / under vitest', () => {
		expect(BASE_PATH).toBe('/');
		expect(withBase('/search/')).toBe('/search/');
	});
});

describe('withoutBase', () => {
	it('gives the site path of an address under the base, and null outside it', () => {
		expect(withoutBase('/wsjk/plans/x/', '/wsjk/')).toBe('/plans/x/');
		expect(withoutBase('/wsjk', '/wsjk/')).toBe('/');
		expect(withoutBase('/other/plans/x/', '/wsjk/')).toBeNull();
		expect(withoutBase('/plans/x/', '/')).toBe('/plans/x/');
	});
});
