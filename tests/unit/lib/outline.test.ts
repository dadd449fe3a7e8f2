import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../../src/lib/outline.ts';

const body = `2019年是新中国成立70周年。

## 一、坚持全面从严治党

### （一）加强党的建设。

一是着力抓政治建设。

二是着力抓思想建设（责任科室：组织科）。

#### 1.扩大覆盖面。

## 二、深化医改
`;

describe('extractOutline', () => {
	const { lead, items } = extractOutline(body);

	it('keeps the text before the first heading as the lead', () => {
		expect(lead).toBe('2019年是新中国成立70周年。');
	});

	it('returns one item per heading with its marker, title, level, parent and line', () => {
		expect(items.map(({ id, number, level, title, parent, line }) => ({ id, number, level, title, parent, line }))).toEqual([
			{ id: 's1', number: '一、', level: 1, title: '坚持全面从严治党', parent: null, line: 3 },
			{ id: 's1-1', number: '（一）', level: 2, title: '加强党的建设。', parent: 's1', line: 5 },
			{ id: 's1-1-1', number: '1.', level: 3, title: '扩大覆盖面。', parent: 's1-1', line: 11 },
			{ id: 's2', number: '二、', level: 1, title: '深化医改', parent: null, line: 13 },
		]);
	});

	it('gives an item the paragraphs directly under it, not those of its sub-items', () => {
		expect(items[1].text).toBe('一是着力抓政治建设。\n二是着力抓思想建设（责任科室：组织科）。');
		expect(items[0].text).toBe('');
	});

	it('lists the owners named in an item', () => {
		expect(items[1].owners).toEqual(['组织科']);
	});

	it('does not take a Markdown title (#) for an item', () => {
		expect(extractOutline('# 标题\n\n## 一、甲\n').items.map((item) => item.id)).toEqual(['s1']);
	});
});
