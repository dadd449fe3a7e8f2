import { describe, expect, it } from 'vitest';
import { normaliseWording } from '../../../../src/lib/compare/normalise-wording.ts';

describe('normaliseWording', () => {
	it('drops whitespace and punctuation and folds full-width forms', () => {
		expect(normaliseWording('推进“优质服务基层行”活动，\n ＤＲＧ付费（试点）。')).toBe('推进优质服务基层行活动drg付费试点');
	});

	it('keeps the signs and separators that change what a number says', () => {
		expect(normaliseWording('婴儿死亡率5‰')).not.toBe(normaliseWording('婴儿死亡率5%'));
		expect(normaliseWording('人均预期寿命82.8岁，孕产妇死亡率10/10万。')).toBe('人均预期寿命82.8岁孕产妇死亡率10/10万');
	});
});
