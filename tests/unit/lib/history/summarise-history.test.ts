import { describe, expect, it } from 'vitest';
import type { FileHistory } from '../../../../src/lib/history/file-histories.ts';
import { MESSAGE_CHARS, summariseHistory } from '../../../../src/lib/history/summarise-history.ts';

const history: FileHistory = {
	commits: [
		{ hash: 'c3', date: '2025-03-01', message: '第三次' },
		{ hash: 'c2', date: '2025-02-01', message: '第二次' },
		{ hash: 'c1', date: '2025-01-01', message: '收录' },
	],
	complete: true,
};

describe('summariseHistory', () => {
	it('gives the first and latest days, the latest changes up to the limit and the count', () => {
		expect(summariseHistory(history, false, 2)).toEqual({
			uncommitted: false,
			firstPublished: '2025-01-01',
			lastUpdated: '2025-03-01',
			recent: history.commits.slice(0, 2),
			total: 3,
			modified: false,
		});
	});

	it('says 不详 (null) for the first day and the count when the history does not reach the add', () => {
		expect(summariseHistory({ ...history, complete: false }, false, 10)).toMatchObject({ firstPublished: null, lastUpdated: '2025-03-01', total: null });
	});

	it('knows nothing of a committed file no commit read has changed (a shallow clone’s older file)', () => {
		expect(summariseHistory(undefined, false, 10)).toEqual({ uncommitted: false, firstPublished: null, lastUpdated: null, recent: [], total: null, modified: false });
	});

	it('says a file that was never committed is uncommitted', () => {
		expect(summariseHistory(undefined, true, 10)).toMatchObject({ uncommitted: true, firstPublished: null, lastUpdated: null, recent: [] });
	});

	it('says a committed file with changes in the working tree is modified', () => {
		expect(summariseHistory(history, true, 10)).toMatchObject({ uncommitted: false, modified: true, lastUpdated: '2025-03-01' });
	});

	it('cuts a long message, keeping whole characters', () => {
		// 78 + 3 characters, the emoji two UTF-16 units each: cut by units, the 79th character would be split.
		const long = `${'改'.repeat(MESSAGE_CHARS - 2)}😀😀😀`;
		const [entry] = summariseHistory({ commits: [{ hash: 'c', date: '2025-01-01', message: long }], complete: true }, false, 10).recent;
		expect(entry.message).toBe(`${'改'.repeat(MESSAGE_CHARS - 2)}😀…`);
		expect(Array.from(entry.message)).toHaveLength(MESSAGE_CHARS);
		const exact = '改'.repeat(MESSAGE_CHARS);
		expect(summariseHistory({ commits: [{ hash: 'c', date: '2025-01-01', message: exact }], complete: true }, false, 10).recent[0].message).toBe(exact);
	});
});
