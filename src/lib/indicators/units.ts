/**
 * Units a target's value can carry, as written → as stored. Values keep the multiplier they were
 * written with (3.6万名 is 3.6 with unit 万人), so a value never changes scale behind the reader.
 *
 * Order matters: the table becomes one alternation tried left to right at the character after
 * the number, and the first alternative that matches wins. A longer written form must therefore
 * come before every shorter form it starts with (个百分点 before 个, 人次 before 人, 周岁 before
 * 岁, 场次 before 场), or 5个百分点 would be read as 5个.
 */
export const UNITS = [
	{ written: '个百分点', unit: '个百分点' },
	{ written: '%', unit: '%' },
	{ written: '％', unit: '%' },
	{ written: '‰', unit: '‰' },
	{ written: '‱', unit: '‱' },
	{ written: '/10万', unit: '/10万' },
	{ written: '/十万', unit: '/10万' },
	{ written: '/万', unit: '/万' },
	{ written: '周岁', unit: '岁' },
	{ written: '岁', unit: '岁' },
	{ written: '分钟', unit: '分钟' },
	{ written: '小时', unit: '小时' },
	{ written: '个工作日', unit: '工作日' },
	{ written: '工作日', unit: '工作日' },
	{ written: '个月', unit: '个月' },
	{ written: '个半天', unit: '半天' },
	{ written: '天', unit: '天' },
	{ written: '人次', unit: '人次' },
	{ written: '人', unit: '人' },
	{ written: '名', unit: '人' },
	{ written: '位', unit: '人' },
	{ written: '元', unit: '元' },
	{ written: '场次', unit: '场次' },
	{ written: '批次', unit: '批次' },
	{ written: '家次', unit: '家次' },
	{ written: '户次', unit: '户次' },
	{ written: '次', unit: '次' },
	{ written: '场', unit: '场' },
	{ written: '期', unit: '期' },
	{ written: '家', unit: '家' },
	{ written: '所', unit: '所' },
	{ written: '个', unit: '个' },
	{ written: '项', unit: '项' },
	{ written: '件', unit: '件' },
	{ written: '篇', unit: '篇' },
	{ written: '台', unit: '台' },
	{ written: '张', unit: '张' },
	{ written: '床', unit: '床' },
	{ written: '种', unit: '种' },
	{ written: '例', unit: '例' },
	{ written: '份', unit: '份' },
	{ written: '户', unit: '户' },
	{ written: '支', unit: '支' },
	{ written: '辆', unit: '辆' },
	{ written: '间', unit: '间' },
	{ written: '座', unit: '座' },
	{ written: '套', unit: '套' },
	{ written: '处', unit: '处' },
	{ written: '倍', unit: '倍' },
	{ written: '平方米', unit: '平方米' },
	{ written: '公里', unit: '公里' },
] as const;

/** A unit as stored, after its written form is normalised (名 → 人, ％ → %). */
export type Unit = (typeof UNITS)[number]['unit'];

/**
 * What a unit measures. Two values can stand in one column only when their units measure the
 * same thing: 4‰ and 60% are both shares, 123.2万人 is a number of people.
 */
export type UnitDimension =
	| 'share'
	| 'percentage-points'
	| 'multiple'
	| 'age'
	| 'duration'
	| 'money'
	| 'people'
	| 'visits'
	| 'events'
	| 'institutions'
	| 'beds'
	| 'households'
	| 'things'
	| 'area'
	| 'length';

/**
 * Each stored unit's dimension. 个百分点 is a change of a share, not a share, and 人次 counts
 * services given, not people.
 */
const UNIT_DIMENSIONS: Readonly<Record<Unit, UnitDimension>> = {
	'%': 'share',
	'‰': 'share',
	'‱': 'share',
	'/10万': 'share',
	'/万': 'share',
	个百分点: 'percentage-points',
	倍: 'multiple',
	岁: 'age',
	分钟: 'duration',
	小时: 'duration',
	天: 'duration',
	工作日: 'duration',
	个月: 'duration',
	半天: 'duration',
	元: 'money',
	人: 'people',
	人次: 'visits',
	家次: 'visits',
	户次: 'visits',
	次: 'events',
	场: 'events',
	场次: 'events',
	期: 'events',
	批次: 'events',
	家: 'institutions',
	所: 'institutions',
	张: 'beds',
	床: 'beds',
	户: 'households',
	个: 'things',
	项: 'things',
	件: 'things',
	篇: 'things',
	台: 'things',
	种: 'things',
	例: 'things',
	份: 'things',
	支: 'things',
	辆: 'things',
	间: 'things',
	座: 'things',
	套: 'things',
	处: 'things',
	平方米: 'area',
	公里: 'length',
};

/**
 * General classifiers and the other dimensions they also count: 个 counts institutions, beds and
 * households as well (5个社区医院, 200个托位), 次 counts services (服务3000次).
 */
const GENERAL_COUNTERS: Readonly<Partial<Record<Unit, ReadonlySet<UnitDimension>>>> = {
	个: new Set(['institutions', 'beds', 'households']),
	次: new Set(['visits']),
};

const MULTIPLIER = /^[万亿]/;

/** The stored unit without its 万/亿 multiplier (万人 → 人), or null when the table does not know it. */
function baseUnit(unit: string): Unit | null {
	for (const candidate of [unit, unit.replace(MULTIPLIER, '')]) {
		if (Object.hasOwn(UNIT_DIMENSIONS, candidate)) return candidate as Unit;
	}
	return null;
}

/**
 * @param unit a stored unit, multiplier included (%, 万人, 亿元)
 * @returns what it measures, or null for a unit the table does not know
 */
export function unitDimension(unit: string): UnitDimension | null {
	const base = baseUnit(unit);
	return base === null ? null : UNIT_DIMENSIONS[base];
}

/**
 * Whether values in these two units measure the same thing, so that they may be compared: % and
 * ‰ do, 人 and 万人 do, 个 and 家 do, % and 人 do not. Units the table does not know fit only
 * when spelled the same.
 * @param a a stored unit
 * @param b another stored unit
 * @returns true when they measure the same thing
 */
export function unitsCompatible(a: string, b: string): boolean {
	const baseA = baseUnit(a);
	const baseB = baseUnit(b);
	if (baseA === null || baseB === null) return a === b;
	const dimensionA = UNIT_DIMENSIONS[baseA];
	const dimensionB = UNIT_DIMENSIONS[baseB];
	return dimensionA === dimensionB || GENERAL_COUNTERS[baseA]?.has(dimensionB) === true || GENERAL_COUNTERS[baseB]?.has(dimensionA) === true;
}

/** Dimensions of a value's scale: a share, a change of one or a multiple, never a count of things done. */
const RATE_DIMENSIONS: ReadonlySet<UnitDimension> = new Set(['share', 'percentage-points', 'multiple']);

/** Units that describe a value's scale: a rate or level, never a count of things done. */
export const RATE_UNITS: ReadonlySet<string> = new Set(
	Object.entries(UNIT_DIMENSIONS)
		.filter(([, dimension]) => RATE_DIMENSIONS.has(dimension))
		.map(([unit]) => unit),
);

/**
 * Units whose value, followed directly by a noun, qualifies that noun instead of stating a target:
 * 5岁以下儿童, 60岁以上老年人, 15分钟健康服务圈, 3个月内.
 */
export const QUALIFIER_UNITS: ReadonlySet<string> = new Set(['岁', '分钟', '小时', '天', '个月', '工作日', '公里']);

/** Characters after which a written unit is really the start of another word (人民医院, 所有). */
const NOT_A_UNIT_AFTER: Readonly<Record<string, string>> = {
	人: '民口群员',
	名: '单称义录',
	所: '有在属以谓',
	家: '庭属长',
	次: '要级均',
	种: '植类',
	件: '事',
	处: '理置罚于',
	项: '目',
	元: '素旦',
	间: '隔',
	场: '所景地',
	支: '持出付部援队',
	天: '然津',
	个: '人体别',
	台: '湾',
	例: '如',
	位: '于置',
	期: '间刊望待限末初中',
};

/** Writing a unit may carry spaces (9.5/10 万); the pattern allows them between its characters. */
function spaced(written: string): string {
	return [...written].map((char) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*');
}

const UNIT_ALTERNATION = UNITS.map((entry) => `(?:${spaced(entry.written)})`).join('|');
/** A unit right at the search position, with an optional 万/亿 multiplier before it. */
const UNIT_RE = new RegExp(`\\s*(万|亿)?\\s*(${UNIT_ALTERNATION})`, 'y');
const UNIT_BY_WRITTEN = new Map<string, string>(UNITS.map((entry) => [entry.written, entry.unit]));

/** A unit read after a number. */
export interface ReadUnit {
	/** The normalised unit, multiplier included (万元, 万人, /10万). */
	unit: string;
	/** Offset just after the unit as written. */
	end: number;
}

/**
 * Reads the unit written at `at` (spaces allowed), e.g. after the number of “9.5/10 万”.
 * @param text the searched text
 * @param at offset just after a number
 * @returns the normalised unit and where it ends, or null when no known unit follows
 */
export function readUnit(text: string, at: number): ReadUnit | null {
	UNIT_RE.lastIndex = at;
	const match = UNIT_RE.exec(text);
	if (!match) return null;
	const written = match[2].replace(/\s+/g, '');
	const base = UNIT_BY_WRITTEN.get(written);
	if (base === undefined) return null;
	const end = at + match[0].length;
	const next = text[end] ?? '';
	if (next && NOT_A_UNIT_AFTER[written]?.includes(next)) return null;
	// A multiplier makes no sense before a unit that already is a ratio (万%).
	if (match[1] && (RATE_UNITS.has(base) || base.startsWith('/'))) return null;
	return { unit: `${match[1] ?? ''}${base}`, end };
}
