import { describe, expect, it } from 'vitest';
import { diffText, type DiffSegment } from '../../../../src/lib/compare/diff-text.ts';

/** Renders segments as text with [-removed] and [+added] marks. */
function render(segments: readonly DiffSegment[]): string {
	return segments.map((segment) => (segment.type === 'same' ? segment.text : segment.type === 'added' ? `[+${segment.text}]` : `[-${segment.text}]`)).join('');
}

/** The earlier and the later text rebuilt from the segments. */
function sides(segments: readonly DiffSegment[]): [string, string] {
	const side = (skip: DiffSegment['type']) => segments.filter((segment) => segment.type !== skip).map((segment) => segment.text).join('');
	return [side('added'), side('removed')];
}

describe('diffText', () => {
	it('shows a reworded item in words, not scattered characters', () => {
		const a = '落实党委领导下的院长负责制，推进公立医院薪酬制度改革，严格控制医疗费用不合理增长。';
		const b = '落实党委领导下的院长负责制，深化公立医院薪酬制度改革，推动公立医院高质量发展。';
		// A plain character diff keeps 医 of 医疗 and 医院 as "same": [-严格控制][+推动公立]医[-疗费用…]
		expect(render(diffText(a, b))).toBe('落实党委领导下的院长负责制，[-推进][+深化]公立医院薪酬制度改革，[-严格控制医疗费用不合理增长][+推动公立医院高质量发展]。');
	});

	it('folds a one-character run between two changes into them', () => {
		expect(render(diffText('加强管理', '强化管理'))).toBe('[-加强][+强化]管理');
	});

	it('shows a changed target as whole numbers', () => {
		expect(render(diffText('家庭医生签约率达到60%以上', '家庭医生签约率达到65%以上'))).toBe('家庭医生签约率达到[-60][+65]%以上');
		expect(render(diffText('人均经费提高到84.5元', '人均经费提高到89.5元'))).toBe('人均经费提高到[-84.5][+89.5]元');
	});

	it('keeps both texts recoverable from the segments', () => {
		const a = '组建家庭医生团队，提高签约服务质量，家庭医生签约率达到60%以上，重点人群签约率达到70%以上。';
		const b = '组建家庭医生团队，家庭医生签约率达到65%以上，重点人群签约率达到75%以上，推行个性化签约服务包。';
		expect(sides(diffText(a, b))).toEqual([a, b]);
	});

	it('returns one same segment for equal texts and nothing for two empty ones', () => {
		expect(diffText('推进医养结合。', '推进医养结合。')).toEqual([{ type: 'same', text: '推进医养结合。' }]);
		expect(diffText('', '')).toEqual([]);
	});

	it('shows texts too different to diff as removed and added whole', () => {
		const a = '甲'.repeat(400);
		const b = '乙'.repeat(400);
		expect(diffText(a, b)).toEqual([
			{ type: 'removed', text: a },
			{ type: 'added', text: b },
		]);
	});
});
