import { describe, expect, it } from 'vitest';
import { checkVerdict, formatCheckSection, formatCheckSummaryMarkdown } from '../../../../src/lib/check/summary.ts';

const problem = { file: 'out/qinhuangdao/2019-priorities.md', line: 12, message: '编号不连续：上一条同级条目是“（一）”，这一条是“（三）”', fix: '检查是否漏了条目 | 或编号写错' };

describe('check summaries', () => {
	it('says the same verdict in the check and the import report', () => {
		expect(checkVerdict({ problems: [], planCount: 2, notes: [] }, 'npm run check:content')).toBe('内容检查通过：2 份文件，没有发现问题。');
		expect(checkVerdict({ problems: [problem], planCount: 1, notes: [] }, 'npm run check:content -- a.md')).toBe(
			'内容检查发现 1 个问题（共检查 1 份文件）。请按箭头后的说明修改后重新运行 npm run check:content -- a.md。',
		);
	});

	it('lists each problem as file:line in the import report, then the notes and the verdict', () => {
		expect(formatCheckSection({ problems: [problem], planCount: 1, notes: ['不在 content/plans/ 下'] }, 'npm run check:content -- out')).toEqual([
			'内容检查：',
			'  ✖ out/qinhuangdao/2019-priorities.md:12: 编号不连续：上一条同级条目是“（一）”，这一条是“（三）” → 检查是否漏了条目 | 或编号写错',
			'  · 不在 content/plans/ 下',
			'  内容检查发现 1 个问题（共检查 1 份文件）。请按箭头后的说明修改后重新运行 npm run check:content -- out。',
		]);
	});

	it('writes a Markdown table for the Actions summary page, escaping table pipes', () => {
		const markdown = formatCheckSummaryMarkdown({ problems: [problem], planCount: 3, notes: [] });
		expect(markdown).toContain('| `out/qinhuangdao/2019-priorities.md:12` | 编号不连续：上一条同级条目是“（一）”，这一条是“（三）” | 检查是否漏了条目 \\| 或编号写错 |');
		expect(formatCheckSummaryMarkdown({ problems: [], planCount: 3, notes: [] })).toBe('## 内容检查\n\n通过：3 份文件，没有发现问题。\n');
		expect(formatCheckSummaryMarkdown({ problems: [problem], planCount: 1, notes: [] }, 'https://github.com/o/r/blob/abc/.github/CONTRIBUTING.md#检查信息')).toContain(
			'各条信息的意思见 [.github/CONTRIBUTING.md 的“检查信息”](https://github.com/o/r/blob/abc/.github/CONTRIBUTING.md#检查信息)。',
		);
	});
});
