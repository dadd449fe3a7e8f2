import { describe, expect, it } from 'vitest';
import { isOfficialText, originInWords, provenanceTagHtml } from '../../../src/lib/provenance.ts';

const none = { title: null, part: null, parts: null };

describe('provenance', () => {
	it('counts official and reprinted texts as disclosures, not unofficial ones', () => {
		expect([isOfficialText('official'), isOfficialText('reprint'), isOfficialText('unofficial')]).toEqual([true, true, false]);
	});

	it('tags every text but an official publication', () => {
		expect(provenanceTagHtml('official')).toBe('');
		expect(provenanceTagHtml('reprint')).toMatch(/^<span class="tag tag--reprint" title="[^"]+">转载<\/span>$/);
		expect(provenanceTagHtml('unofficial')).toMatch(/^<span class="tag tag--unofficial" title="[^"]+">非官方文本<\/span>$/);
	});

	it('says where a text came from in words, naming the compilation and the part', () => {
		expect(originInWords('official', none)).toBe('发布机关在政府网站上公开的原文。');
		expect(originInWords('unofficial', { title: '县卫生健康局工作总结(实用14篇)', part: 7, parts: 14 })).toBe(
			'取自范文网站的汇编《县卫生健康局工作总结(实用14篇)》第 7 篇（共 14 篇），不是任何机关公开的文件；内容可能拼接自不同单位的材料，仅供参考。',
		);
		expect(originInWords('unofficial', none)).toMatch(/^范文网站的汇编或范文，不是任何机关公开的文件/);
		expect(originInWords('reprint', { title: '某市卫生健康工作要点汇编', part: 2, parts: null })).toMatch(/；本文是汇编《某市卫生健康工作要点汇编》中的第 2 篇。$/);
	});
});
