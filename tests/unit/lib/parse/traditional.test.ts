import { describe, expect, it } from 'vitest';
import { foldTraditional } from '../../../../src/lib/parse/traditional.ts';

describe('foldTraditional', () => {
	it('folds the characters of notice titles and kind words, keeping the length', () => {
		const text = '關於印發《湖南省“十四五”醫療衛生服務體係規劃》的通知';
		expect(foldTraditional(text)).toBe('关于印发《湖南省“十四五”医疗卫生服务体系规划》的通知');
		expect(foldTraditional(text)).toHaveLength(text.length);
	});
});
