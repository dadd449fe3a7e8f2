import { describe, expect, it } from 'vitest';
import { describeResults, describeUnsearchable } from '../../../../src/lib/search/search-status.ts';

describe('describeResults', () => {
	it('says more are left while they are', () => {
		expect(describeResults({ terms: '医', shown: 10, plans: 3, exhausted: false })).toBe('已显示 10 条含“医”的结果，还有更多。');
	});

	it('counts the results and their plans once all are shown', () => {
		expect(describeResults({ terms: '家庭医生签约', shown: 12, plans: 4, exhausted: true })).toBe('在 4 份文件中找到 12 条含“家庭医生签约”的结果。');
	});

	it('says nothing was found', () => {
		expect(describeResults({ terms: '签约医中', shown: 0, plans: 0, exhausted: true })).toBe('没有找到含“签约医中”的条目。');
	});
});

describe('describeUnsearchable', () => {
	it('asks for searchable characters when something was typed, and says nothing for an empty box', () => {
		expect(describeUnsearchable('？！')).toBe('请输入汉字、字母或数字。');
		expect(describeUnsearchable('')).toBe('');
	});
});
