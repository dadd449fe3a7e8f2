import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../../src/lib/topics/classify-item.ts';
import { jiebaContext, substringContext } from './support/context.ts';

const classify = (title: string, text = '') => classifyItem({ title, text }, jiebaContext);

describe('classifyItem', () => {
	it('puts an item into every topic whose words it has (multi-label)', () => {
		const result = classify('做实家庭医生签约服务', '为孕产妇和新生儿提供签约服务，推广中医药适宜技术，建设中医馆。');
		expect(result.topics).toEqual(['family-doctor', 'tcm', 'maternal-child-health']);
	});

	it('says which words gave each topic and where they were found', () => {
		expect(classify('做实家庭医生签约', '提高签约服务质量。').matches).toEqual([
			{ topic: 'family-doctor', word: '家庭医生', where: 'title' },
			{ topic: 'family-doctor', word: '签约服务', where: 'text' },
		]);
	});

	it('counts a title keyword in the title only', () => {
		expect(classify('提升基层服务能力').topics).toEqual(['primary-care']);
		expect(classify('完善工作机制', '把优质资源下沉到基层。').topics).toEqual([]);
	});

	it('needs min_text_matches matches in the text when the title has none', () => {
		// tcm needs two: one passing mention of a 中医医院 is not an item about 中医药.
		expect(classify('改善就医环境', '推进市中医医院门诊楼建设。').topics).toEqual([]);
		expect(classify('改善就医环境', '推进市中医医院门诊楼建设，扩大中医药服务。').topics).toEqual(['tcm']);
		expect(classify('提升中医服务能力', '推进门诊楼建设。').topics).toEqual(['tcm']);
	});

	it('counts one occurrence once even when a shorter keyword lies inside it', () => {
		// 中医药 holds 中医: still one match, not the two tcm needs.
		expect(classify('改善就医环境', '开展中医药文化宣传。').topics).toEqual([]);
	});

	it('ignores a keyword inside one of the topic’s exclusion phrases', () => {
		expect(classify('做好信访维稳工作', '聚焦自诉疫苗受害者等重点人群。').topics).toEqual([]);
		expect(classify('做好预防接种工作', '规范疫苗采购。').topics).toEqual(['immunization']);
		expect(classify('关爱特殊家庭', '落实联系人签约服务制度。').topics).toEqual([]);
	});

	it('finds a synonym of a keyword (家医 for 家庭医生)', () => {
		expect(classify('推进家医签约').topics).toEqual(['family-doctor']);
	});

	it('matches Latin words whatever their width or case', () => {
		expect(classify('推进ＤＲＧＳ付费').topics).toEqual(['payment-pricing']);
	});

	it('does not take a topic from an owner note, which names who does the work', () => {
		expect(classify('完善工作机制（责任科室：基层卫生科）', '推进各项工作落实。').topics).toEqual([]);
		expect(classify('完善工作机制', '推进各项工作落实。（责任科室：孕产妇保健科）').topics).toEqual([]);
		expect(classify('做实家庭医生签约', '（责任科室：孕产妇保健科）').topics).toEqual(['family-doctor']);
	});

	it('gives no topic to an item none of whose words are rule words', () => {
		expect(classify('完成上级交办的其他任务', '按时完成交办事项。')).toEqual({ topics: [], matches: [] });
	});
});

describe('word matching against substring matching', () => {
	// Each text holds a keyword's characters across a word boundary; substring matching finds
	// it, word matching (jieba) does not.
	const cases = [
		{ text: '国家医疗保障局开展DRGs付费试点。', topic: 'family-doctor', why: '家医 in 国家/医疗' },
		{ text: '打造中小学心理健康教育示范基地。', topic: 'health-promotion', why: '健康教育 in 心理健康/教育' },
		{ text: '集中医疗资源，集中医疗力量。', topic: 'tcm', why: '中医 in 集中/医疗' },
	];

	it.each(cases)('substring matching wrongly finds $topic ($why)', ({ text, topic }) => {
		expect(classifyItem({ title: '完善工作机制', text }, substringContext).topics).toContain(topic);
	});

	it.each(cases)('word matching does not find $topic ($why)', ({ text, topic }) => {
		expect(classify('完善工作机制', text).topics).not.toContain(topic);
	});
});
