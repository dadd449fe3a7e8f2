import { describe, expect, it } from 'vitest';
import { buildExcerpt, containsAnyTerm } from '../../../../src/lib/search/excerpt.ts';

const render = (text: string, terms: string[], context?: number) =>
	buildExcerpt(text, terms, context)
		.parts.map((part) => (part.match ? `[${part.text}]` : part.text))
		.join('');

describe('buildExcerpt', () => {
	it('marks every occurrence around the first match, in the original characters', () => {
		expect(render('做实家庭医生签约服务，提高家庭医生签约率。', ['家庭医生签约'])).toBe('做实[家庭医生签约]服务，提高[家庭医生签约]率。');
	});

	it('cuts long text around the first match with ellipses', () => {
		const text = `${'甲'.repeat(50)}中医药${'乙'.repeat(200)}`;
		expect(render(text, ['中医药'], 5)).toBe(`…甲甲甲甲甲[中医药]${'乙'.repeat(10)}…`);
	});

	it('matches full-width and upper-case forms of a term', () => {
		expect(render('开展ＨＰＶ疫苗接种', ['hpv'])).toBe('开展[ＨＰＶ]疫苗接种');
	});

	it('matches across the spaces sources put between digits and Han characters', () => {
		expect(render('降低 5 岁以下儿童死亡率', ['5岁以下儿童'])).toBe('降低 [5 岁以下儿童]死亡率');
		expect(containsAnyTerm('降低 5 岁以下儿童死亡率', ['5岁以下儿童死亡率'])).toBe(true);
	});

	it('prefers the longest term where terms overlap', () => {
		expect(render('县域医共体建设', ['医共体', '县域医共体'])).toBe('[县域医共体]建设');
	});

	it('shows the start of the text when no term occurs', () => {
		expect(buildExcerpt('没有匹配', ['中医'])).toEqual({ parts: [{ text: '没有匹配', match: false }], found: false });
	});
});

describe('containsAnyTerm', () => {
	it('tells whether a text contains a term, ignoring width and case', () => {
		expect(containsAnyTerm('ＤＲＧ付费改革', ['drg'])).toBe(true);
		expect(containsAnyTerm('医，中', ['医中'])).toBe(false);
	});
});
