import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../../../src/lib/outline.ts';
import { classifyPlan } from '../../../../src/lib/topics/classify-plan.ts';
import { jiebaContext } from './support/context.ts';

const items = extractOutline(readFileSync(new URL('../../../fixtures/topics/family-doctor-sub-items.md', import.meta.url), 'utf8')).items;
const byId = (result: ReturnType<typeof classifyPlan>) => new Map(result.map((item) => [item.id, item]));
const computed = byId(classifyPlan(items, jiebaContext));

describe('classifyPlan', () => {
	it('gives an item its own topics', () => {
		expect(computed.get('s1-3')).toMatchObject({ topics: ['family-doctor'], source: 'own' });
	});

	it('lets a sub-item without topic words take its parent’s topics', () => {
		// 1.扩大覆盖面 under （三）推进家庭医生签约服务 says nothing about family doctors itself.
		expect(computed.get('s1-3-1')).toEqual({ id: 's1-3-1', topics: ['family-doctor'], matches: [], source: 'parent' });
	});

	it('keeps a sub-item’s own topics instead of its parent’s', () => {
		expect(computed.get('s1-3-3')).toMatchObject({ topics: ['tcm'], source: 'own' });
	});

	it('gives a heading without topic words the union of its sub-items’ topics', () => {
		// 二、抓实民生实事项目 is about what it contains.
		expect(computed.get('s2')).toMatchObject({ topics: ['primary-care', 'maternal-child-health'], source: 'children', matches: [] });
	});

	it('gives no topic to an item that fits none, with no parent or sub-item to take one from', () => {
		expect(computed.get('s3')).toMatchObject({ topics: [], source: 'none' });
		expect(computed.get('s3-1')).toMatchObject({ topics: [], source: 'none' });
	});

	it('applies an editor’s override, and sub-items inherit the overridden topics', () => {
		const overridden = byId(classifyPlan(items, jiebaContext, { 's1-3': ['+immunization', '-family-doctor'] }));
		expect(overridden.get('s1-3')).toMatchObject({ topics: ['immunization'], source: 'override' });
		expect(overridden.get('s1-3-1')).toMatchObject({ topics: ['immunization'], source: 'parent' });
	});

	it('lets an override give a heading no topic, which then collects none from its sub-items', () => {
		const overridden = byId(classifyPlan(items, jiebaContext, { s2: [] }));
		expect(overridden.get('s2')).toMatchObject({ topics: [], source: 'override' });
	});

	it('returns one entry per item, in document order', () => {
		expect(classifyPlan(items, jiebaContext).map((item) => item.id)).toEqual(items.map((item) => item.id));
	});
});
