import type { PlanItem } from '../outline.ts';
import { parseMarker, type MarkerFamily } from '../parse/markers.ts';

/** What kind of numbering problem it is; gaps and restarts may be the source's own. */
export type NumberingProblemKind = 'gap' | 'restart' | 'duplicate' | 'level-jump' | 'empty-title';

/** A numbering problem at a body line. */
export interface NumberingProblem {
	kind: NumberingProblemKind;
	/** 1-based line within the Markdown body. */
	line: number;
	message: string;
	fix: string;
}

/**
 * Checks that numbered items follow each other: （二） after （一）. Within one parent the next
 * value must be the previous + 1; under a new parent the numbering may restart at 1 or continue
 * from the previous section, because plans do both (seeds 000 and 004 number （一）…（五十六）
 * across sections). Also reports headings that skip a level and headings with a marker only.
 * @param items the plan's outline items
 * @returns the problems in document order
 */
export function findNumberingProblems(items: readonly PlanItem[]): NumberingProblem[] {
	const problems: NumberingProblem[] = [];
	const last = new Map<string, { value: number; number: string; parent: string | null }>();
	let previousLevel = 0;
	for (const item of items) {
		if (item.level > previousLevel + 1) {
			problems.push({
				kind: 'level-jump',
				line: item.line,
				message: `标题层级跳跃：“${item.number ?? ''}${item.title}”比上一个标题深了 ${item.level - previousLevel} 级`,
				fix: `把这一行开头的 # 改为 ${'#'.repeat(previousLevel + 2)}，或补上缺少的上级标题`,
			});
		}
		previousLevel = item.level;
		if (item.number === null) continue;
		if (item.title === '') {
			problems.push({
				kind: 'empty-title',
				line: item.line,
				message: `条目“${item.number}”只有编号，没有标题`,
				fix: '在编号后写上条目标题（原文第一句），或删除这一行',
			});
		}
		const marker = parseMarker(item.number);
		if (!marker) continue;
		const key = `${item.level}:${marker.family satisfies MarkerFamily}`;
		const previous = last.get(key);
		last.set(key, { value: marker.value, number: item.number, parent: item.parent });
		const continues = previous !== undefined && marker.value === previous.value + 1;
		const restarts = marker.value === 1 && (previous === undefined || previous.parent !== item.parent);
		if (continues || restarts) continue;
		problems.push(describeBreak(item, previous?.number ?? null, marker.value, previous?.value ?? null));
	}
	return problems;
}

function describeBreak(item: PlanItem, previousNumber: string | null, value: number, previousValue: number | null): NumberingProblem {
	const line = item.line;
	if (previousNumber === null || previousValue === null) {
		return {
			kind: 'gap',
			line,
			message: `编号从“${item.number}”开始，前面缺少同级的第一条`,
			fix: '检查是否漏了前面的条目或编号写错；如原文如此，请在 flags 中加入 numbering-gap 并说明',
		};
	}
	if (value === previousValue) {
		return {
			kind: 'duplicate',
			line,
			message: `编号重复：“${item.number}”与上一条同级条目编号相同`,
			fix: '改正其中一条的编号；如原文如此，请在 flags 中加入 numbering-gap 并说明',
		};
	}
	if (value === 1) {
		return {
			kind: 'restart',
			line,
			message: `编号重新开始：上一条同级条目是“${previousNumber}”，这一条又从“${item.number}”开始`,
			fix: '如果这里开始了新的部分，请在前面加上该部分的标题（如 ## 下半年工作思路）；如原文如此，请在 flags 中加入 numbering-restart 并说明',
		};
	}
	return {
		kind: 'gap',
		line,
		message: `编号不连续：上一条同级条目是“${previousNumber}”，这一条是“${item.number}”`,
		fix: '检查是否漏了条目或编号写错；如原文如此，请在 flags 中加入 numbering-gap 并说明',
	};
}
