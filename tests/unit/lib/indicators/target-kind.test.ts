import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../../../src/lib/indicators/target-kind.ts';

describe('classifyKind', () => {
	it('reads past markers as achieved whatever the document kind', () => {
		expect(classifyKind('已完成筛查人数2212人', '要点', false)).toBe('achieved');
		expect(classifyKind('全年共建成12家', '计划', false)).toBe('achieved');
		expect(classifyKind('累计培训5000人次', null, false)).toBe('achieved');
	});

	it('reads future markers as a target whatever the document kind', () => {
		expect(classifyKind('力争达到90%', '总结', true)).toBe('target');
		expect(classifyKind('到2025年达到90%', '总结', true)).toBe('target');
	});

	it('lets the nearest marker win', () => {
		expect(classifyKind('确保了36名', '要点', false)).toBe('achieved');
		expect(classifyKind('已启动，力争建成12家', '总结', false)).toBe('target');
	});

	it('falls back on the document kind, then on weak markers', () => {
		expect(classifyKind('建档率86%', '总结', false)).toBe('achieved');
		expect(classifyKind('建档率86%', '要点', false)).toBe('target');
		expect(classifyKind('完成筛查2212人', '总结与计划', false)).toBe('achieved');
		expect(classifyKind('筛查率达到90%', '总结与计划', true)).toBe('target');
	});

	it('does not take 计划生育 for 计划 nor 为了 for 了', () => {
		expect(classifyKind('计划生育特殊家庭护理补贴21人', '总结', false)).toBe('achieved');
		expect(classifyKind('为了提高筛查率达到90%', '总结', true)).toBe('achieved');
	});
});
