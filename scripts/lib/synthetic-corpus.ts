import { Buffer } from 'node:buffer';
import { dump } from 'js-yaml';
import { kindSlug, type PlanKind } from '../../src/lib/kinds.ts';
import { formatChineseNumeral } from '../../src/lib/parse/markers.ts';
import type { QualityFlagCode } from '../../src/lib/quality-flags.ts';
import { createRandom, type Random } from './random.ts';
import {
	OFFICES, OWNER_ROLES, PLACE_SYLLABLES, PROVINCES, SENTENCE_FRAMES, TARGET_FRAMES, TITLE_ENDINGS, TOPICS, VERBS,
} from './synthetic-vocabulary.ts';

/** One generated plan file. */
export interface SyntheticPlan {
	/** Path below the content root, e.g. plans/p13-c03/2019-priorities.md. */
	path: string;
	/** The whole file: front matter and Markdown body. */
	text: string;
	/** UTF-8 bytes of the Markdown body (the plan's text), to compare with its rendered page. */
	bodyBytes: number;
	/** Number of outline headings (items). */
	items: number;
}

/** A generated content root, without topics.yaml (the real one is reused). */
export interface SyntheticCorpus {
	/** Text of regions.yaml. */
	regionsYaml: string;
	plans: SyntheticPlan[];
}

export interface CorpusOptions {
	/** How many plans to generate. */
	plans: number;
	/** Seed of the pseudo-random choices; the same seed and sentences give the same corpus. */
	seed: number;
	/** Real sentences to mix into the text (see {@link collectSentences}). */
	sentences: readonly string[];
}

interface Region {
	id: string;
	name: string;
	level: '省' | '市' | '区' | '县';
	parent: string | null;
	code: string;
}

/** Years the plans are for; real collections span about a decade. */
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
/** Kinds weighted as they occur: most published documents are 要点, many are 总结. */
const KINDS: readonly PlanKind[] = ['要点', '要点', '要点', '要点', '计划', '计划', '总结', '总结', '总结', '总结与计划'];
/** Average plans per bureau: one a year for part of the decade, as real collections have. */
const PLANS_PER_BUREAU = 6;
/** Flags that a clean-looking synthetic document can honestly carry. */
const FLAG_NOTES: readonly [QualityFlagCode, string][] = [
	['title-cut-guessed', '部分条目原文缺少句号，标题按第一句截断'],
	['placeholder-name', '原文个别单位名为占位符“***”'],
	['truncated-source', '原文末尾缺少落款，疑不完整'],
	['year-from-body', '标题未写年份，年份取自正文开头'],
];

/**
 * Splits real plan bodies into sentences that can be pasted into any paragraph: Chinese text of a
 * plausible length without Markdown syntax, so a generated paragraph never turns into a list,
 * heading or table.
 * @param bodies Markdown bodies of real plans
 * @returns the distinct sentences, in first-seen order
 */
export function collectSentences(bodies: readonly string[]): string[] {
	const sentences = new Set<string>();
	for (const body of bodies) {
		for (const line of body.split('\n')) {
			if (line.startsWith('#') || line.trim() === '') continue;
			for (const sentence of line.split(/(?<=[。；！？])/)) {
				const text = sentence.trim();
				if (text.length >= 8 && text.length <= 160 && /^[\u4e00-\u9fff]/.test(text) && !/[#*_[\]<>|`{}$\\]|xx|隐藏内容/i.test(text)) {
					sentences.add(text);
				}
			}
		}
	}
	return [...sentences];
}

/**
 * Generates a synthetic content root shaped like the real one: provinces, cities and counties with
 * valid 6-digit codes; plans of every kind over a decade, numbered 一、/（一）/1./（1） two to four
 * levels deep, with leads, notices, targets, owner notes, unknown metadata and quality flags.
 * Every file passes the content check.
 * @param options size, seed and the real sentences to mix in
 * @returns regions.yaml and the plan files
 */
export function generateCorpus({ plans: count, seed, sentences }: CorpusOptions): SyntheticCorpus {
	if (sentences.length === 0) throw new Error('generateCorpus needs at least one real sentence');
	const random = createRandom(seed);
	const regions = generateRegions(random, Math.max(3, Math.ceil(count / PLANS_PER_BUREAU)));
	const bureaus = regions.filter((region) => region.level !== '省');
	const regionById = new Map(regions.map((region) => [region.id, region]));
	const used = new Map<string, number>();
	const plans: SyntheticPlan[] = [];
	for (let index = 0; index < count; index++) {
		const region = random.chance(0.08) ? null : random.pick(bureaus);
		const year = random.chance(0.08) ? null : random.int(FIRST_YEAR, LAST_YEAR);
		const kind = random.pick(KINDS);
		const stem = `${region?.id ?? 'unknown'}/${year ?? 'unknown'}-${kindSlug(kind)}`;
		const seen = (used.get(stem) ?? 0) + 1;
		used.set(stem, seen);
		const place = region ? fullName(region, regionById) : null;
		plans.push(generatePlan(random, sentences, { path: `plans/${stem}${seen > 1 ? `-${seen}` : ''}.md`, region, place, year, kind }));
	}
	return { regionsYaml: dump(regions, { lineWidth: -1 }), plans };
}

/** 秦皇岛市 → 河北省秦皇岛市; a county gets its city's name too, as agencies write it. */
function fullName(region: Region, regionById: Map<string, Region>): string {
	const parent = region.parent ? regionById.get(region.parent) : undefined;
	return region.level === '省' || !parent || parent.level === '省' ? region.name : `${parent.name}${region.name}`;
}

function generateRegions(random: Random, bureaus: number): Region[] {
	const regions: Region[] = [];
	const names = new Set<string>();
	const placeName = (suffix: string) => {
		for (;;) {
			const name = `${random.pick(PLACE_SYLLABLES)}${random.pick(PLACE_SYLLABLES)}${suffix}`;
			if (!names.has(name)) {
				names.add(name);
				return name;
			}
		}
	};
	let made = 0;
	for (const [prefix, provinceName] of PROVINCES) {
		const province: Region = { id: `p${prefix}`, name: provinceName, level: '省', parent: null, code: `${prefix}0000` };
		regions.push(province);
		// At most 20 cities × 15 counties per province, so codes stay two digits each.
		for (let city = 1; city <= 20 && made < bureaus; city++) {
			const cityCode = String(city).padStart(2, '0');
			const cityRegion: Region = { id: `${province.id}-c${cityCode}`, name: placeName('市'), level: '市', parent: province.id, code: `${prefix}${cityCode}00` };
			regions.push(cityRegion);
			made++;
			const counties = random.int(3, 12);
			for (let county = 1; county <= counties && made < bureaus; county++) {
				const countyCode = String(county).padStart(2, '0');
				const level = random.chance(0.4) ? '区' : '县';
				regions.push({ id: `${cityRegion.id}-d${countyCode}`, name: placeName(level), level, parent: cityRegion.id, code: `${prefix}${cityCode}${countyCode}` });
				made++;
			}
		}
		if (made >= bureaus) break;
	}
	return regions;
}

interface PlanSeed {
	path: string;
	region: Region | null;
	/** The region's name as an agency writes it, or null. */
	place: string | null;
	year: number | null;
	kind: PlanKind;
}

/** The outline shapes of real plans (see ../shared/seeds). */
type Shape = 'continuous' | 'restart' | 'four-level' | 'summary';

function generatePlan(random: Random, sentences: readonly string[], seed: PlanSeed): SyntheticPlan {
	const { place, year, kind } = seed;
	const shape: Shape = kind === '总结' ? random.pick(['summary', 'summary', 'restart'] as const) : random.pick(['continuous', 'continuous', 'restart', 'four-level'] as const);
	const text = new TextMaker(random, sentences, place ?? '各地', year);
	const body = [...(random.chance(0.6) ? text.lead() : []), ...generateOutline(random, text, shape)];
	const items = body.filter((block) => block.startsWith('#')).length;
	const bodyText = `${body.join('\n\n')}\n`;
	const agency = place ? `${place}卫生健康${random.chance(0.5) ? '局' : '委员会'}` : random.chance(0.5) ? '卫生健康局' : null;
	const title = `${year === null ? '' : `${year}年`}${place ?? ''}卫生健康工作${kind === '要点' ? '要点' : kind === '计划' ? '计划' : kind === '总结' ? '总结' : '总结和下一年工作计划'}`;
	const disclosed = agency !== null && random.chance(0.5);
	const published = disclosed && year !== null ? isoDate(random, kind.startsWith('总结') ? year + 1 : year) : null;
	const flags = FLAG_NOTES.filter(() => random.chance(0.04)).map(([code, note]) => ({ code, note }));
	if (!disclosed && random.chance(0.5)) flags.push({ code: 'no-disclosure-metadata', note: '原文未附发布日期、索引号、文号、公开方式等公开信息' });
	const frontMatter = {
		title,
		region: seed.region?.id ?? null,
		agency,
		year,
		kind,
		// Disclosed on a government page, else mostly a reprint, as the importer would judge it.
		provenance: disclosed ? 'official' : random.chance(0.9) ? 'reprint' : 'unofficial',
		published,
		index_no: disclosed && random.chance(0.8) ? `${String(random.int(1, 999999999)).padStart(9, '0')}/${year ?? 2020}-${random.int(1, 2000)}` : null,
		doc_no: disclosed && random.chance(0.4) ? `${(place ?? '卫').slice(0, 1)}卫发〔${year ?? 2020}〕${random.int(1, 60)}号` : null,
		disclosure: disclosed ? '主动公开' : null,
		subject_class: disclosed && random.chance(0.5) ? '卫生、体育' : null,
		source: {
			file: null,
			url: disclosed ? `https://wsjkw.example.gov.cn/art/${year ?? 2020}/${random.int(100000, 999999)}.html` : null,
			title: random.chance(0.5) ? title : null,
			part: null,
			parts: null,
		},
		imported: '2026-01-15',
		notice: agency && random.chance(0.3) ? notice(random, agency, title, year) : null,
		flags,
		draft: false,
	};
	return {
		path: seed.path,
		text: `---\n${dump(frontMatter, { lineWidth: -1 })}---\n\n${bodyText}`,
		bodyBytes: Buffer.byteLength(bodyText),
		items,
	};
}

function isoDate(random: Random, year: number): string {
	return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function notice(random: Random, agency: string, title: string, year: number | null): string {
	const signed = year === null ? '' : `\n${year}年${random.int(1, 12)}月${random.int(1, 28)}日`;
	return `${agency}关于印发《${title}》的通知\n各县、区卫生健康局，委直各单位，机关各科室：\n现将《${title}》印发给你们，请结合实际，抓好落实，确保圆满完成全年各项工作任务。\n${agency}${signed}`;
}

/** Markers of one plan: full-width （一） or half-width (一), as sources mix both. */
interface Markers {
	section: (value: number) => string;
	item: (value: number) => string;
	sub: (value: number) => string;
	point: (value: number) => string;
}

function generateOutline(random: Random, text: TextMaker, shape: Shape): string[] {
	const [open, close] = random.chance(0.3) ? ['(', ')'] : ['（', '）'];
	const markers: Markers = {
		section: (value) => `${formatChineseNumeral(value)}、`,
		item: (value) => `${open}${formatChineseNumeral(value)}${close}`,
		sub: (value) => `${value}.`,
		point: (value) => `${open}${value}${close}`,
	};
	const blocks: string[] = [];
	let itemNumber = 0;
	const sectionCount = shape === 'four-level' ? random.int(2, 4) : random.int(3, 8);
	for (let section = 1; section <= sectionCount; section++) {
		blocks.push(`## ${markers.section(section)}${text.title(false)}`);
		if (shape === 'summary') {
			blocks.push(...text.paragraphs(random.int(1, 4), true));
			continue;
		}
		if (shape === 'restart') itemNumber = 0;
		const itemCount = shape === 'four-level' ? random.int(2, 5) : random.int(2, 7);
		for (let item = 0; item < itemCount; item++) {
			blocks.push(`### ${markers.item(++itemNumber)}${text.title(true)}`);
			if (shape === 'four-level') {
				blocks.push(`#### ${markers.sub(1)}工作目标。`, text.paragraph(true), `#### ${markers.sub(2)}重点举措`);
				const points = random.int(2, 6);
				for (let point = 1; point <= points; point++) blocks.push(`##### ${markers.point(point)}${text.title(true)}`, ...text.paragraphs(random.int(1, 2), true));
				continue;
			}
			blocks.push(...text.paragraphs(random.int(1, 2), true));
			if (random.chance(0.25)) {
				const subs = random.int(2, 4);
				for (let sub = 1; sub <= subs; sub++) blocks.push(`#### ${markers.sub(sub)}${text.title(true)}`, text.paragraph(true));
			}
		}
	}
	return blocks;
}

/** Makes titles, sentences and paragraphs from the real sentences and the domain vocabulary. */
class TextMaker {
	private readonly random: Random;
	private readonly sentences: readonly string[];
	private readonly place: string;
	private readonly year: number | null;

	constructor(random: Random, sentences: readonly string[], place: string, year: number | null) {
		this.random = random;
		this.sentences = sentences;
		this.place = place;
		this.year = year;
	}

	/** An item title as a first sentence (with 。) or a section title (without). */
	title(sentence: boolean): string {
		const { random } = this;
		return `${random.pick(VERBS)}${random.pick(TOPICS)}${random.pick(TITLE_ENDINGS)}${sentence ? '。' : ''}`;
	}

	/** Opening paragraphs before the first heading. */
	lead(): string[] {
		const opening = this.year === null ? '今年是全面推进健康中国建设的重要一年。' : `${this.year}年是全面推进健康中国建设的重要一年。`;
		return [`${opening}${this.paragraph(false)}`, ...(this.random.chance(0.5) ? [this.paragraph(false)] : [])];
	}

	paragraphs(count: number, ownerNotes: boolean): string[] {
		return Array.from({ length: count }, () => this.paragraph(ownerNotes));
	}

	/** Two to five sentences: mostly real ones, some from frames, some targets. */
	paragraph(ownerNotes: boolean): string {
		const { random } = this;
		const parts: string[] = [];
		const count = random.int(2, 5);
		for (let index = 0; index < count; index++) {
			const roll = random.next();
			if (roll < 0.55 && index > 0) parts.push(random.pick(this.sentences));
			else if (roll < 0.85) parts.push(random.pick(SENTENCE_FRAMES).replace('{topic}', random.pick(TOPICS)).replace('{place}', this.place));
			else parts.push(this.target());
		}
		if (ownerNotes && random.chance(0.12)) parts.push(`（${random.pick(OWNER_ROLES)}：${random.pick(OFFICES)}）`);
		return parts.join('');
	}

	private target(): string {
		const { random } = this;
		const frame = random.pick(TARGET_FRAMES);
		const by = this.year === null ? '到年底' : `到${this.year}年底`;
		return `${by}，${frame.text.replace('{n}', String(random.int(frame.min, frame.max)))}。`;
	}
}
