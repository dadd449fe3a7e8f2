import { describe, expect, it } from 'vitest';
import { measureCoverage, stripReportedRemovals } from '../../../../src/lib/parse/coverage.ts';

describe('measureCoverage', () => {
	it('counts Han characters and digits found in order, ignoring extra output', () => {
		expect(measureCoverage('一、加强2019年工作', '## 一、加强\n\n2019年**工作**')).toEqual({
			total: 10,
			matched: 10,
			missing: [],
		});
	});

	it('reports a lost run with its context', () => {
		const coverage = measureCoverage('甲乙丙丁戊己庚辛壬癸子丑寅卯', '甲乙丙丁戊己庚子丑寅卯');
		expect(coverage.matched).toBe(11);
		expect(coverage.missing).toEqual([{ offset: 7, text: '辛壬癸', before: '甲乙丙丁戊己庚' }]);
	});

	it('does not accept characters out of order', () => {
		expect(measureCoverage('甲乙', '乙甲').matched).toBeLessThan(2);
	});
});

describe('stripReportedRemovals', () => {
	it('drops whole lines and fragments by line number', () => {
		const raw = '欢迎您\n正文广告甲\n正文乙';
		const stripped = stripReportedRemovals(raw, [
			{ line: 1, kind: 'chrome', text: '欢迎您', wholeLine: true, reason: '' },
			{ line: 2, kind: 'spam', text: '广告', wholeLine: false, reason: '' },
		]);
		expect(stripped).toBe('正文甲\n正文乙');
	});

	it('finds a fragment that had an invisible character or an odd space in the raw line', () => {
		const raw = '正文。当前隐藏\u200b内容免费查看\n![图\u3000片](a.png)正文';
		const stripped = stripReportedRemovals(raw, [
			{ line: 1, kind: 'spam', text: '当前隐藏内容免费查看', wholeLine: false, reason: '' },
			{ line: 2, kind: 'chrome', text: '![图 片](a.png)', wholeLine: false, reason: '' },
		]);
		expect(stripped).toBe('正文。\n正文');
	});
});
