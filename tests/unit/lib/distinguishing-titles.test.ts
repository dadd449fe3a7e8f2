import { describe, expect, it } from 'vitest';
import { distinguishingSubtitles, isBrokenTitle, type TitledDocument, titleWithSubtitle } from '../../../src/lib/distinguishing-titles.ts';

const doc = (id: string, title: string, extra: Partial<TitledDocument> = {}): TitledDocument => ({ id, title, part: null, firstHeading: null, lead: '', ...extra });

describe('isBrokenTitle', () => {
	it('finds a title that lost its year or keeps a blank', () => {
		expect(isBrokenTitle('卫生健康局年上半年工作总结')).toBe(true);
		expect(isBrokenTitle('区卫生健康局X年普法工作总结')).toBe(true);
		expect(isBrokenTitle('卫生健康局（空缺）年工作总结')).toBe(true);
	});

	it('leaves whole titles alone, 全年 and 上半年 included', () => {
		expect(isBrokenTitle('2019年全市卫生健康工作要点')).toBe(false);
		expect(isBrokenTitle('卫生健康局全年工作总结')).toBe(false);
		expect(isBrokenTitle('区卫生健康局2021年上半年工作总结')).toBe(false);
	});
});

describe('distinguishingSubtitles', () => {
	it('gives documents of one title their part and first heading, or their opening', () => {
		const subtitles = distinguishingSubtitles([
			doc('a', '卫生健康局工作总结', { part: 8, firstHeading: '强化医疗服务能力建设，推动卫生健康事业发展' }),
			doc('b', '卫生健康局 工作总结', { part: 12, lead: '今年以来，我局在区委区政府的领导下' }),
			doc('c', '2019年全市卫生健康工作要点', { firstHeading: '总体要求' }),
		]);
		expect(subtitles.get('a')).toBe('汇编第 8 篇 · 首条：强化医疗服务能力建设，推动卫生健康事…');
		expect(subtitles.get('b')).toBe('汇编第 12 篇 · 开头：今年以来，我局在区委区政府的领导下');
		expect(subtitles.has('c')).toBe(false);
	});

	it('gives a broken title a subtitle even when no other document shares it', () => {
		expect(distinguishingSubtitles([doc('x', '卫生健康局年上半年工作总结', { lead: '药品管理方面，进一步落实' })]).get('x')).toBe('开头：药品管理方面，进一步落实');
	});

	it('gives none when there is nothing to tell the document by', () => {
		expect(distinguishingSubtitles([doc('a', '工作总结'), doc('b', '工作总结')]).size).toBe(0);
	});
});

describe('titleWithSubtitle', () => {
	it('puts the subtitle in brackets after the title, and gives the title alone without one', () => {
		expect(titleWithSubtitle('卫生健康局工作总结', '汇编第 8 篇')).toBe('卫生健康局工作总结（汇编第 8 篇）');
		expect(titleWithSubtitle('2019年全市卫生健康工作要点', null)).toBe('2019年全市卫生健康工作要点');
	});
});
