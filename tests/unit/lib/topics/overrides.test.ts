import { describe, expect, it } from 'vitest';
import { applyTopicOverride, applyTopicOverrides, checkTopicOverrides, parseTopicOverride } from '../../../../src/lib/topics/overrides.ts';

describe('parseTopicOverride', () => {
	it('reads plain ids as a replacement and signed ids as edits', () => {
		expect(parseTopicOverride(['family-doctor'])).toEqual({ replace: ['family-doctor'], add: [], remove: [] });
		expect(parseTopicOverride(['+tcm', '-chronic-disease'])).toEqual({ replace: null, add: ['tcm'], remove: ['chronic-disease'] });
		expect(parseTopicOverride([])).toEqual({ replace: [], add: [], remove: [] });
	});
});

describe('applyTopicOverride', () => {
	const computed = ['primary-care', 'chronic-disease'];

	it('replaces the computed topics with plain ids', () => {
		expect(applyTopicOverride(computed, ['family-doctor'])).toEqual(['family-doctor']);
	});

	it('adds +id after the computed topics, once', () => {
		expect(applyTopicOverride(computed, ['+tcm', '+primary-care'])).toEqual(['primary-care', 'chronic-disease', 'tcm']);
	});

	it('removes -id', () => {
		expect(applyTopicOverride(computed, ['+tcm', '-chronic-disease'])).toEqual(['primary-care', 'tcm']);
	});

	it('empties the topics with an empty list, and leaves them alone without one', () => {
		expect(applyTopicOverride(computed, [])).toEqual([]);
		expect(applyTopicOverride(computed, undefined)).toEqual(computed);
	});
});

describe('applyTopicOverrides', () => {
	it('applies each item’s override and says which items an editor changed', () => {
		const items = [
			{ id: 's2-3', topics: ['primary-care'], title: 'a' },
			{ id: 's4-1', topics: ['chronic-disease'], title: 'b' },
		];
		expect(applyTopicOverrides(items, { 's2-3': ['family-doctor'] })).toEqual([
			{ id: 's2-3', topics: ['family-doctor'], title: 'a', overridden: true },
			{ id: 's4-1', topics: ['chronic-disease'], title: 'b', overridden: false },
		]);
	});

	it('does not take an inherited object key for an anchor', () => {
		expect(applyTopicOverrides([{ id: 'constructor', topics: ['tcm'] }], {})[0]).toEqual({ id: 'constructor', topics: ['tcm'], overridden: false });
	});
});

describe('checkTopicOverrides', () => {
	const topics = new Set(['family-doctor', 'tcm', 'chronic-disease']);
	const anchors = new Set(['s1', 's2-3', 's4-1']);

	it('accepts overrides that name known anchors and topics', () => {
		expect(checkTopicOverrides({ 's2-3': ['family-doctor'], 's4-1': ['+tcm', '-chronic-disease'] }, topics, anchors)).toEqual([]);
	});

	it('rejects an unknown topic id, naming the anchor and suggesting the near one', () => {
		expect(checkTopicOverrides({ 's2-3': ['+family-docter'] }, topics, anchors)).toEqual([
			{
				path: ['topics', 's2-3'],
				message: 'topics.s2-3 里的主题 family-docter 不存在',
				fix: '改成 content/topics.yaml 中已有的主题 id（是不是 family-doctor？），或先在 content/topics.yaml 里添加这个主题',
			},
		]);
	});

	it('rejects an anchor the plan does not have', () => {
		const [problem] = checkTopicOverrides({ 's2-9': ['tcm'] }, topics, anchors);
		expect(problem.message).toBe('topics 里的条目 s2-9 在正文中不存在');
		expect(problem.fix).toMatch(/^把 s2-9 改成正文中这一条的锚点（是不是 s2-3？）/);
	});

	it('suggests nothing when no known id is close', () => {
		const [problem] = checkTopicOverrides({ s1: ['maternal-child-health'] }, topics, anchors);
		expect(problem.fix).not.toContain('是不是');
	});
});
