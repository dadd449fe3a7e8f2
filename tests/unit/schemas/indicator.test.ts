import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { IndicatorFamiliesSchema, IndicatorFamilySchema } from '../../../src/schemas/indicator.ts';

const minimal = { id: 'infant-mortality', name: '婴儿死亡率', patterns: ['婴儿死亡率'] };

describe('IndicatorFamilySchema', () => {
	it('fills the defaults', () => {
		expect(IndicatorFamilySchema.parse(minimal)).toEqual({ ...minimal, unit: null, exclude: [], better: null, topic: null, description: '' });
	});

	it('rejects an id that is not ASCII kebab-case, in Chinese', () => {
		expect(IndicatorFamilySchema.safeParse({ ...minimal, id: '婴儿死亡率' }).error?.issues[0].message).toMatch(/^id 格式不对/);
	});

	it('rejects an empty name and an empty pattern list', () => {
		expect(IndicatorFamilySchema.safeParse({ ...minimal, name: ' ' }).error?.issues[0].message).toMatch(/^name 不能为空/);
		expect(IndicatorFamilySchema.safeParse({ ...minimal, patterns: [] }).error?.issues[0].message).toMatch(/^patterns 至少要有一个说法/);
	});

	it('rejects a pattern that starts with a gap or holds a space', () => {
		expect(IndicatorFamilySchema.safeParse({ ...minimal, patterns: ['*死亡率'] }).error?.issues[0].message).toMatch(/不能以 \* 开头或结尾/);
		expect(IndicatorFamilySchema.safeParse({ ...minimal, patterns: ['婴儿 死亡率'] }).error?.issues[0].message).toMatch(/不能含空格/);
	});

	it('rejects an unknown better and a misspelt field', () => {
		expect(IndicatorFamilySchema.safeParse({ ...minimal, better: 'up' }).error?.issues[0].message).toMatch(/^better 只能是/);
		expect(IndicatorFamilySchema.safeParse({ ...minimal, pattern: ['x'] }).error?.issues[0].code).toBe('unrecognized_keys');
	});
});

describe('IndicatorFamiliesSchema', () => {
	it('rejects a duplicate id and names it', () => {
		const result = IndicatorFamiliesSchema.safeParse([minimal, minimal]);
		expect(result.error?.issues[0]).toMatchObject({ path: [1, 'id'], message: 'id “infant-mortality”重复：每个指标的 id 必须唯一，请改名或合并两条' });
	});

	it('accepts content/indicators.yaml', () => {
		const yaml = load(readFileSync(new URL('../../../content/indicators.yaml', import.meta.url), 'utf8'));
		const result = IndicatorFamiliesSchema.safeParse(yaml);
		expect(result.error?.issues).toBeUndefined();
		expect(result.data?.map((family) => family.id)).toEqual(
			expect.arrayContaining([
				'maternal-mortality',
				'infant-mortality',
				'under-five-mortality',
				'family-doctor-contract',
				'prenatal-screening',
				'severe-mental-disorder-management',
				'essential-drugs',
				'life-expectancy',
				'vaccination',
				'health-literacy',
			]),
		);
	});
});
