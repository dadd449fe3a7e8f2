import type { PlanKind } from '../kinds.ts';

/**
 * Title words that tell the kind of a document. Order matters: a 总结 that also announces the
 * next period's plan is 总结与计划, so that rule comes before 总结 alone, and 要点 before 计划
 * because 工作要点 titles often mention 计划生育.
 */
const KIND_RULES: ReadonlyArray<{ kind: PlanKind; pattern: RegExp }> = [
	{ kind: '总结与计划', pattern: /总结.*(?:计划|思路|打算|安排|要点)|(?:计划|思路|打算).*总结/ },
	{ kind: '总结', pattern: /总结/ },
	{ kind: '要点', pattern: /要点|重点工作|工作重点/ },
	{ kind: '规划', pattern: /规划/ },
	{ kind: '计划', pattern: /工作计划|计划$|思路|安排|打算/ },
];

/**
 * Tells the kind of a document from its title.
 * @param title the document's own title
 * @returns one of the kinds of src/lib/kinds.ts; 其他 when the title says nothing
 */
export function detectKind(title: string): PlanKind {
	return KIND_RULES.find(({ pattern }) => pattern.test(title))?.kind ?? '其他';
}
