import type { PlanKind } from '../kinds.ts';
import { foldTraditional } from './traditional.ts';

/**
 * Title words that tell the kind of a document. Order matters: a 总结 that also announces the
 * next period's plan is 总结与计划, so that rule comes before 总结 alone; 要点 before 计划 because
 * 工作要点 titles often mention 计划生育; reports named for what they are (述职报告, 自查报告,
 * 年度报告) before 总结, which their titles may also contain.
 */
const KIND_RULES: ReadonlyArray<{ kind: PlanKind; pattern: RegExp }> = [
	{ kind: '述职报告', pattern: /述职|述廉报告|供职报告/ },
	{ kind: '自查报告', pattern: /自查报告|自查情况的?报告|自查自纠报告/ },
	{ kind: '年度报告', pattern: /年度报告|年报$/ },
	{
		kind: '总结与计划',
		pattern: /总结.*(?:计划|思路|打算|安排|要点|谋划)|(?:计划|思路|打算|谋划).*总结/,
	},
	{ kind: '总结', pattern: /总结|工作汇报/ },
	{ kind: '要点', pattern: /要点|重点工作|工作重点/ },
	{ kind: '规划', pattern: /规划/ },
	{ kind: '方案', pattern: /方案/ },
	{
		kind: '计划',
		pattern: /工作计划|行动计划|计划(?:[（(][^（()）]*[）)])?$|思路|安排|打算|谋划/,
	},
];

/**
 * Titles that name something other than a plan or report although they contain kind words: news
 * of a meeting (召开…工作总结会议, 工作会议召开), speeches, and notices that do not issue a document
 * (关于召开《…实施方案》征求意见会的预通知).
 */
const NOT_A_PLAN = /召开|会议|讲话|致辞|座谈会|(?:通知|通报|函)$/;

/**
 * Tells the kind of a document from its title. Names quoted in the title (《…》) are not the
 * title's own kind, except in a notice that issues the quoted document (关于印发《…要点》的通知).
 * @param title the document's own title
 * @returns one of the kinds of src/lib/kinds.ts; 其他 when the title says nothing
 */
export function detectKind(title: string): PlanKind {
	const folded = foldTraditional(title);
	const issued = /关于(?:印发|下发|转发|颁发)(.+?)的通知$/.exec(folded);
	// 计划生育 (family planning) is a field of work, not a plan: 2017年人口计划生育工作总结.
	const own = (issued ? issued[1] : folded.replace(/《[^》]*》/g, '')).replace(/计划生育/g, '生育');
	if (!issued && NOT_A_PLAN.test(own)) return '其他';
	return KIND_RULES.find(({ pattern }) => pattern.test(own))?.kind ?? '其他';
}
