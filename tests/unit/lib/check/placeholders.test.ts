import { describe, expect, it } from 'vitest';
import { findUnfilledPlaceholders, placeholder } from '../../../../src/lib/check/placeholders.ts';

describe('placeholders', () => {
	it('writes a placeholder and finds each one left, with its line', () => {
		expect(placeholder('文件标题')).toBe('【待填写：文件标题】');
		expect(findUnfilledPlaceholders(`title: ${placeholder('文件标题')}\r\n---\n\n正文【方括号】不是占位\n## 一、${placeholder('标题')}`)).toEqual([
			{ line: 1, text: '【待填写：文件标题】' },
			{ line: 5, text: '【待填写：标题】' },
		]);
	});
});
