import { nationalPlaceIndex, placeNameEndingAt, shortNameWithLevelEndingAt } from '../regions/place-names.ts';

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

/**
 * A placeholder for a place (x县, xx区, ***区 in templates; 某市 in anonymised copies), kept so that
 * the report can flag it.
 */
const PLACEHOLDER_PLACE = /(?:^|[^\p{Script=Han}xXｘＸ×*])((?:(?:[xXｘＸ×*]{1,6}|某)[省市区县旗州盟])+)$/u;

/**
 * The region part of an agency name, read backwards from the agency: place names of the national
 * list, one after another (绍兴市上虞区, 大同市, 和田地区, 恩施州), or a known short name with a level
 * character the list does not have (莱芜市, an older name); else a template placeholder (x县, xx区);
 * else a province's short name alone (新疆卫生健康委); else a bare level (县审计局, 市卫生健康委).
 * Names come from the list, not from what characters look like, so that 全面落实区卫生健康局 yields
 * 区卫生健康局 while 大同市 and 开封市, whose characters also occur in verbs, stay whole.
 */
function regionPrefix(before: string): string {
	const index = nationalPlaceIndex();
	let start = before.length;
	for (;;) {
		const name = placeNameEndingAt(index, before, start) ?? shortNameWithLevelEndingAt(index, before, start)?.name ?? null;
		if (!name) break;
		start -= name.length;
	}
	if (start < before.length) return before.slice(start);
	const placeholder = PLACEHOLDER_PLACE.exec(before);
	if (placeholder) return placeholder[1];
	const province = provinceShortNameAtEnd(before);
	if (province) return province;
	return /[省市区县旗州盟]$/.test(before) ? before.slice(-1) : '';
}

let provinceShortNames: string[] | undefined;

/** 新疆, 广西, 内蒙古: provinces' short names, which agencies use without 自治区 (新疆卫生健康委). */
function provinceShortNameAtEnd(before: string): string | null {
	provinceShortNames ??= [...nationalPlaceIndex().shortNames]
		.filter(([, regions]) => regions.some((region) => region.level === '省'))
		.map(([short]) => short);
	const short = provinceShortNames.find((name) => before.endsWith(name));
	if (!short) return null;
	const previous = before[before.length - short.length - 1];
	return previous === undefined || !/\p{Script=Han}/u.test(previous) ? short : null;
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
