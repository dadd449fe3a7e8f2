import { describe, expect, it } from 'vitest';
import { buildSearchPage, groupSearchInputs, HEADING_WEIGHT, TITLE_WEIGHT, type SearchItemInput, type SearchPlanInput } from '../../../../src/lib/search/records.ts';
import type { SynonymGroups } from '../../../../src/lib/search/query.ts';
import { encodeToken, toIndexTokens } from '../../../../src/lib/search/tokenize.ts';

/** What the index step (scripts/build-search-index.ts) does across its shard workers: group the items by plan, then build each page. */
const buildSearchPages = (plans: SearchPlanInput[], items: SearchItemInput[], synonyms: SynonymGroups = []) =>
	groupSearchInputs(plans, items).map((input) => buildSearchPage(input, synonyms));

const plan = { id: 'qinhuangdao/2019-priorities', title: '2019年全市卫生健康工作要点', region_name: '秦皇岛市', agency: '秦皇岛市卫生健康委员会', year: 2019, kind: '要点', provenance: 'official' as const, lead: '2019年是新中国成立70周年。', url: '/plans/qinhuangdao/2019-priorities/' };
const item = { plan: plan.id, number: '（二）', title: '推进家医签约服务。', text: '重点人群签约率达到60%以上。', topics: ['基层卫生'], url: '/plans/qinhuangdao/2019-priorities/#s2-2' };
const other = { ...plan, id: 'other', url: '/plans/other/' };

const body = (html: string) => /<body>(.*)<\/body>/.exec(html)?.[1] ?? '';

describe('groupSearchInputs and buildSearchPage', () => {
	const [page, otherPage] = buildSearchPages([plan, other], [item], [['家庭医生', '家医']]);

	it('makes one page per plan, in plan order, each with only its own items', () => {
		expect([page.url, otherPage.url]).toEqual([plan.url, other.url]);
		expect(page.text.items).toHaveLength(1);
		expect(otherPage.text.items).toEqual([]);
	});

	/** The page's parts as [weight, tokens]: the title's, the headings', the text's. */
	const partsOf = (html: string) =>
		[...body(html).matchAll(/<p(?: data-pagefind-weight="(\d+)")?>([^<]*)<\/p>/g)].map(([, weight, tokens]) => [Number(weight ?? 1), tokens.split(' ')] as const);

	it('indexes the title, the item headings and the text apart, weighted, as encoded bigram tokens', () => {
		const [title, headings, text] = partsOf(page.html);
		expect(title).toEqual([TITLE_WEIGHT, toIndexTokens(plan.title).map(encodeToken)]);
		expect(headings[0]).toBe(HEADING_WEIGHT);
		expect(headings[1].slice(0, 6)).toEqual(['二', '推进', '进家', '家医', '医签', '签约'].map(encodeToken));
		expect(text[0]).toBe(1);
		expect(text[1]).toEqual(expect.arrayContaining([encodeToken('秦皇'), encodeToken('周年'), encodeToken('人群')]));
	});

	it('holds each token once, where it counts most', () => {
		const tokens = partsOf(page.html).flatMap(([, part]) => part);
		expect(new Set(tokens).size).toBe(tokens.length);
		// 签约 is in the heading and again in the text (签约率): it stays in the heading's part.
		const [, headings, text] = partsOf(page.html);
		expect(headings[1]).toContain(encodeToken('签约'));
		expect(text[1]).not.toContain(encodeToken('签约'));
		// 2019 is in the title and the opening text: only the title's part has it.
		expect(text[1]).not.toContain('2019');
	});

	it('adds the synonyms of the terms the plan holds, with the part that holds them', () => {
		const synonyms = ['家庭', '庭医', '医生', '生', '家医', '医'].map((token) => `s${encodeToken(token)}`);
		expect(partsOf(page.html)[1][1]).toEqual(expect.arrayContaining(synonyms));
		expect(body(otherPage.html)).not.toContain(synonyms[0]);
	});

	it('keeps no original text in the indexed page, so Pagefind never segments it', () => {
		expect(body(page.html)).not.toMatch(/\p{Script=Han}/u);
	});

	it('carries the year, region, kind, provenance and topic filters', () => {
		const filters = [...page.html.matchAll(/data-pagefind-filter="(\w+)\[content\]" content="([^"]*)"/g)].map(([, name, value]) => [name, value]);
		expect(filters).toEqual([['year', '2019'], ['region', '秦皇岛市'], ['kind', '要点'], ['provenance', '官方发布'], ['topic', '基层卫生']]);
	});

	it('gives the browser the original text of the plan and of each item, with its anchor', () => {
		expect(page.text).toEqual({
			url: plan.url,
			title: plan.title,
			region: '秦皇岛市',
			year: '2019年',
			kind: '要点',
			lead: '秦皇岛市卫生健康委员会\n2019年是新中国成立70周年。',
			items: [['s2-2', '（二）推进家医签约服务。', '重点人群签约率达到60%以上。', ['基层卫生']]],
		});
		expect(page.year).toBe(2019);
	});

	it('gives an item its broader topics too, so that filtering by a broad topic finds the narrow ones', () => {
		const parents = new Map<string, string | null>([['immunization', 'public-health'], ['public-health', null], ['tcm', null]]);
		const [grouped] = groupSearchInputs([plan], [{ ...item, topics: ['immunization', 'tcm'] }], parents);
		expect(grouped.items[0].topics).toEqual(['immunization', 'public-health', 'tcm']);
	});

	it('says 不详 for an unknown year and region instead of leaving them out', () => {
		const [unknown] = buildSearchPages([{ ...plan, year: null, region_name: null }], []);
		expect(unknown.html).toContain('data-pagefind-filter="year[content]" content="不详"');
		expect(unknown.html).toContain('data-pagefind-filter="region[content]" content="不详"');
		expect(unknown.text.region).toBe('地区不详');
		expect(unknown.year).toBe(0);
	});

	it('filters by provenance, and tags only a text that is not an official publication', () => {
		const [official, unofficial] = buildSearchPages([plan, { ...other, provenance: 'unofficial' }], []);
		expect(official.html).toContain('data-pagefind-filter="provenance[content]" content="官方发布"');
		expect(official.text.provenance).toBeUndefined();
		expect(unofficial.html).toContain('data-pagefind-filter="provenance[content]" content="非官方文本"');
		expect(unofficial.text.provenance).toBe('unofficial');
	});

	it('escapes markup in filter values', () => {
		const [odd] = buildSearchPages([{ ...plan, region_name: '"A&B"<x>' }], []);
		expect(odd.html).toContain('content="&quot;A&amp;B&quot;&lt;x&gt;"');
	});
});
