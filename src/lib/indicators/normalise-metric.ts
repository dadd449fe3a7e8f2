import type { IndicatorFamily } from '../../schemas/indicator.ts';
import { unitDimension, unitsCompatible } from './units.ts';

/** The parts of a family that matching needs (a parsed {@link IndicatorFamily} fits). */
export interface FamilyMatcher {
	/** The family id returned on a match. */
	id: IndicatorFamily['id'];
	/** Wordings that name the family; `*` is a gap. */
	patterns: readonly string[];
	/** Wordings that rule the family out. */
	exclude?: readonly string[];
	/** The unit the family's values are stated in; a value joins only when its unit measures the same thing. Null or absent: any unit. */
	unit?: string | null;
}

/** What a subject is matched with besides the families. */
export interface MetricOptions {
	/** Text just before the subject, tried when the subject alone fits no family. Default empty. */
	context?: string;
	/** The value's unit: only families whose unit measures the same thing are tried. Default null: every family. */
	unit?: string | null;
}

interface CompiledPattern {
	/** Index of the family in the list, to break ties by file order. */
	family: number;
	id: string;
	/** The family's own unit, checked against the value's. */
	unit: string | null;
	regex: RegExp;
	/** Characters the pattern names (its `*` gaps excluded): a longer wording is more specific. */
	weight: number;
}

interface CompiledFamilies {
	patterns: CompiledPattern[];
	excludes: Map<string, RegExp[]>;
}

/** Families compiled once per list (the list read from content/indicators.yaml is one object). */
const compiled = new WeakMap<readonly FamilyMatcher[], CompiledFamilies>();

/**
 * Brings a subject or a pattern to the form they are compared in: no spaces, half-width
 * brackets, 5 written for 五 in 5岁 and 5年 only where the digit form is usual.
 * @param text a subject or a pattern
 * @returns the normalised text
 */
export function normaliseWording(text: string): string {
	return text
		.replace(/\s+/g, '')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.replace(/五岁/g, '5岁')
		.replace(/五年/g, '5年');
}

function toRegex(pattern: string): RegExp {
	const source = normaliseWording(pattern)
		.split('*')
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*?');
	return new RegExp(source);
}

function compile(families: readonly FamilyMatcher[]): CompiledFamilies {
	let result = compiled.get(families);
	if (result) return result;
	const patterns: CompiledPattern[] = [];
	const excludes = new Map<string, RegExp[]>();
	families.forEach((family, index) => {
		for (const pattern of family.patterns) {
			patterns.push({ family: index, id: family.id, unit: family.unit ?? null, regex: toRegex(pattern), weight: normaliseWording(pattern).replace(/\*/g, '').length });
		}
		excludes.set(family.id, (family.exclude ?? []).map(toRegex));
	});
	result = { patterns, excludes };
	compiled.set(families, result);
	return result;
}

/**
 * Whether a value in `unit` may join a family: the family states no unit, or one the unit table
 * does not know (nothing to check against), or its unit measures the same thing (% and ‰, 人 and
 * 万人, 个 and 家). A value without a unit is not checked.
 * @param family a family (only its unit is read)
 * @param unit the value's stored unit
 * @returns false when the value measures something else than the family (123.2万人 in a rate family)
 */
export function familyAcceptsUnit(family: Pick<FamilyMatcher, 'unit'>, unit: string | null | undefined): boolean {
	if (!family.unit || unitDimension(family.unit) === null || !unit) return true;
	return unitsCompatible(family.unit, unit);
}

/** The best family whose wording matches `wording`, ending after `from` when a context is prefixed. */
function bestMatch(wording: string, from: number, unit: string | null, compiledFamilies: CompiledFamilies): CompiledPattern | null {
	const { patterns, excludes } = compiledFamilies;
	let best: CompiledPattern | null = null;
	for (const pattern of patterns) {
		if (best && (pattern.weight < best.weight || (pattern.weight === best.weight && pattern.family >= best.family))) continue;
		const match = pattern.regex.exec(wording);
		if (!match || match.index + match[0].length <= from) continue;
		// After the match: few patterns match a subject, and the unit check costs more than the regex.
		if (!familyAcceptsUnit(pattern, unit)) continue;
		// The whole subject is checked, and of the context only what the match covers.
		const checked = wording.slice(Math.min(match.index, from));
		if (excludes.get(pattern.id)?.some((exclude) => exclude.test(checked))) continue;
		best = pattern;
	}
	return best;
}

/**
 * Finds the indicator family a target's subject belongs to. Every family's wordings are tried;
 * the longest wording found wins (5岁以下儿童死亡率 over 儿童死亡率), ties go to the family
 * listed first, and a family whose `exclude` wording appears is skipped.
 *
 * A subject that is only a measure (规范管理率, 接种率) is often named by the words before it
 * (对严重精神障碍患者…，规范管理率达到60%). With a `context`, a wording may start in the
 * context but must end inside the subject, so the context can name the measure but never stand
 * for it (…家庭医生签约…，满意率 is not a signing rate).
 *
 * With a `unit`, a family whose unit measures something else is not tried, so a count of people
 * never joins a rate family (家庭医生签约累计123.2万人 is not a signing rate).
 * @param subject the target's subject as extracted (孕产妇死亡率, 重点人群签约覆盖率)
 * @param families the families of content/indicators.yaml (compiled once per array)
 * @param options the text just before the subject and the value's unit, when known
 * @returns the family id, or null when no family names this subject in this unit
 */
export function normaliseMetric(subject: string, families: readonly FamilyMatcher[], options: MetricOptions = {}): string | null {
	const compiledFamilies = compile(families);
	const { context = '', unit = null } = options;
	const wording = normaliseWording(subject);
	const alone = bestMatch(wording, 0, unit, compiledFamilies);
	if (alone || !context) return alone?.id ?? null;
	const prefix = normaliseWording(context).slice(-40);
	return bestMatch(prefix + wording, prefix.length, unit, compiledFamilies)?.id ?? null;
}
