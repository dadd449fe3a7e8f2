import { describe, expect, it } from 'vitest';
import { matchPreComparator, readPostComparator } from '../../../../src/lib/indicators/comparators.ts';

describe('matchPreComparator', () => {
	it('takes the longest comparator ending at the value', () => {
		expect(matchPreComparator('死亡率控制在')).toMatchObject({ written: '控制在', op: '<=' });
		expect(matchPreComparator('反应时间不超过')).toMatchObject({ written: '不超过', op: '<=' });
		expect(matchPreComparator('签约覆盖率保持在')).toMatchObject({ written: '保持在', op: '=' });
	});

	it('skips a per-person qualifier between comparator and value', () => {
		expect(matchPreComparator('补助标准提高到人均')).toMatchObject({ written: '提高到', op: '>=' });
	});

	it('does not read the end of another word as a comparator (签约, 作为, 接近)', () => {
		expect(matchPreComparator('重点人群签约')).toBeNull();
		expect(matchPreComparator('作为')).toBeNull();
		expect(matchPreComparator('预约')).toBeNull();
	});
});

describe('readPostComparator', () => {
	it('reads 及以上 as one comparator', () => {
		expect(readPostComparator('50岁及以上的', 3)).toEqual({ op: '>=', end: 6 });
	});

	it('reads 左右 as about', () => {
		expect(readPostComparator('9天左右', 2)).toEqual({ op: '~', end: 4 });
	});
});
