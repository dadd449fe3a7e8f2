import { describe, expect, it } from 'vitest';
import { findOwnerNotes, withoutOwnerNotes } from '../../../src/lib/owner-notes.ts';

describe('findOwnerNotes', () => {
	it('finds full-width and half-width notes with their role and owner', () => {
		expect(findOwnerNotes('建设中医馆。（责任科室：中医科）推进(牵头单位:区医保局)')).toEqual([
			{ start: 6, end: 16, role: '责任科室', owner: '中医科' },
			{ start: 18, end: 29, role: '牵头单位', owner: '区医保局' },
		]);
	});

	it('ignores ordinary brackets', () => {
		expect(findOwnerNotes('“十三五”规划（2016-2020年）')).toEqual([]);
	});
});

describe('withoutOwnerNotes', () => {
	it('leaves out the notes and keeps the rest of the text', () => {
		expect(withoutOwnerNotes('推进家庭医生签约。（责任科室：基层卫生科）完成培训。')).toBe('推进家庭医生签约。完成培训。');
	});
});
