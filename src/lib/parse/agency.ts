/**
 * Names of agencies that publish work plans and summaries. Order matters: longer names first, so
 * that 卫生健康委员会 is not read as 卫生健康委, and 市场监督管理局 before 监管局.
 */
const AGENCY_NAMES = [
	'卫生和计划生育委员会',
	'卫生健康委员会',
	'卫生计生委员会',
	'卫生健康委',
	'卫生计生委',
	'卫健委',
	'卫计委',
	'卫生健康局',
	'卫生计生局',
	'卫健局',
	'卫计局',
	'卫生局',
	'疾病预防控制中心',
	'疾控中心',
	'市场监督管理局',
	'市场监管局',
	'医疗保障局',
	'医保局',
	'审计局',
	'教育体育局',
	'教育局',
	'教体局',
	'住房公积金管理中心',
	'公积金中心',
	'政务服务管理办公室',
	'政务服务中心',
	'行政服务中心',
	'民政局',
	'人力资源和社会保障局',
	'人社局',
] as const;

/** Agencies of the health sector; others in a health bureau's file are a mismatch. */
const HEALTH_AGENCY = /卫生|卫健|卫计|计划生育|疾病预防|疾控/;

/** Different names of one agency, so that 市场监管局 and 市场监督管理局 count as one. */
const SAME_AGENCY: ReadonlyArray<readonly [RegExp, string]> = [
	[/卫生和计划生育委员会|卫生计生委员会|卫生计生委|卫计委|卫生计生局|卫计局/, '卫生计生'],
	[/卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局|卫生局/, '卫生健康'],
	[/疾病预防控制中心|疾控中心/, '疾控'],
	[/市场监督管理局|市场监管局/, '市场监管'],
	[/医疗保障局|医保局/, '医保'],
	[/教育体育局|教育局|教体局/, '教育'],
	[/住房公积金管理中心|公积金中心/, '公积金'],
	[/政务服务管理办公室|政务服务中心|行政服务中心/, '政务服务'],
	[/人力资源和社会保障局|人社局/, '人社'],
];

const AGENCY_PATTERN = new RegExp(AGENCY_NAMES.join('|'), 'g');

/** Characters of verbs and function words, which a place name does not contain (全面落实区…). */
const NOT_A_PLACE =
	/[开展建设推进加强落实全面完善深化提升联合会同协调配的和与及在对为了是将把被等由向从按照根据]/;

/**
 * The region part of an agency name: names ending in 省/市/区/县/旗/州/盟 (秦皇岛市, 绍兴市上虞区),
 * template placeholders (x县, xx区) or a bare level (县审计局). It must start after punctuation or
 * at the start of the text, so that 全面落实区卫生健康局 yields 区卫生健康局, not 全面落实区….
 */
function regionPrefix(before: string): string {
	for (let length = Math.min(12, before.length); length >= 1; length--) {
		const prefix = before.slice(before.length - length);
		if (NOT_A_PLACE.test(prefix)) continue;
		const boundary =
			before.length === length || !/[\p{Script=Han}xX*]/u.test(before[before.length - length - 1]);
		if (boundary && /^(?:(?:[\p{Script=Han}]{1,6}?|[xX*]{1,6})[省市区县旗州盟])+$/u.test(prefix))
			return prefix;
	}
	return /[省市区县旗州盟]$/.test(before) ? before.slice(-1) : '';
}

/** One agency named in a text. */
export interface AgencyMention {
	/** The name as written, with its region part (x县市场监督管理局). */
	name: string;
	/** Offset in the text. */
	index: number;
	/** True for agencies of the health sector. */
	health: boolean;
	/** A key shared by the different names of one agency (市场监管). */
	key: string;
}

/**
 * Finds the agencies named in a text.
 * @param text a title, a signature or a paragraph
 * @returns the mentions in order of appearance
 */
export function findAgencies(text: string): AgencyMention[] {
	return [...text.matchAll(AGENCY_PATTERN)].map((match) => {
		const prefix = regionPrefix(text.slice(0, match.index));
		const key = SAME_AGENCY.find(([pattern]) => pattern.test(match[0]))?.[1] ?? match[0];
		return {
			name: prefix + match[0],
			index: match.index - prefix.length,
			health: HEALTH_AGENCY.test(match[0]),
			key,
		};
	});
}

/**
 * Removes a template placeholder from an agency name (x县市场监督管理局 → 县市场监督管理局), so that
 * front matter never shows a placeholder as if it were a name.
 * @param name an agency name as written
 * @returns the name without placeholder characters
 */
export function stripNamePlaceholder(name: string): string {
	return name.replace(/^[xXｘＸ*]+/, '');
}
