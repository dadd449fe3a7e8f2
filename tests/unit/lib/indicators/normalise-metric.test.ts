import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../../src/lib/indicators/extract-indicators.ts';
import { familyAcceptsUnit, normaliseMetric } from '../../../../src/lib/indicators/normalise-metric.ts';
import { unitDimension } from '../../../../src/lib/indicators/units.ts';
import { IndicatorFamiliesSchema } from '../../../../src/schemas/indicator.ts';

const readFamilies = (file: string) => IndicatorFamiliesSchema.parse(load(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8')));
const families = readFamilies('content/indicators.yaml');

describe('normaliseMetric', () => {
	it('gives the three family-doctor wordings of three plans one id', () => {
		const wordings = ['重点人群签约达到60%', '家庭医生签约服务力争覆盖90%以上的常住老年人群', '重点人群签约覆盖率保持在85%以上'];
		const metrics = wordings.map((text) => extractIndicators(text, { families }).map((target) => target.metric));
		expect(metrics).toEqual([['family-doctor-contract'], ['family-doctor-contract'], ['family-doctor-contract']]);
	});

	it('prefers the longest wording (5岁以下儿童死亡率 over 婴儿死亡率-like shorter ones)', () => {
		const list = [
			{ id: 'child-mortality', patterns: ['儿童死亡率'] },
			{ id: 'under-five-mortality', patterns: ['5岁以下儿童死亡率'] },
		];
		expect(normaliseMetric('5岁以下儿童死亡率', list)).toBe('under-five-mortality');
		expect(normaliseMetric('儿童死亡率', list)).toBe('child-mortality');
	});

	it('ignores spaces and reads 五岁 as 5岁', () => {
		expect(normaliseMetric('5 岁以下儿童死亡率', families)).toBe('under-five-mortality');
		expect(normaliseMetric('五岁以下儿童死亡率', families)).toBe('under-five-mortality');
	});

	it('matches a wording with a gap (严重精神障碍*管理率)', () => {
		expect(normaliseMetric('严重精神障碍患者规范管理率', families)).toBe('severe-mental-disorder-management');
		expect(normaliseMetric('在册严重精神障碍患者管理率', families)).toBe('severe-mental-disorder-management');
	});

	it('skips a family whose exclude wording appears (心理健康素养 is not 健康素养)', () => {
		expect(normaliseMetric('居民心理健康素养水平', families)).toBe('mental-health-literacy');
		expect(normaliseMetric('全民健康素养水平', families)).toBe('health-literacy');
	});

	it('lets the sentence name a bare measure, but never stand for it', () => {
		expect(normaliseMetric('规范管理率', families, { context: '对贫困严重精神障碍患者提供全程跟踪随访，' })).toBe('severe-mental-disorder-management');
		expect(normaliseMetric('满意率', families, { context: '推进家庭医生签约服务，' })).toBeNull();
	});

	it('returns null when no family names the subject', () => {
		expect(normaliseMetric('出生人口统计合格率', families)).toBeNull();
	});

	it('covers the families the brief asks for', () => {
		const subjects = {
			孕产妇死亡率: 'maternal-mortality',
			婴儿死亡率: 'infant-mortality',
			'5岁以下儿童死亡率': 'under-five-mortality',
			家庭医生签约服务覆盖率: 'family-doctor-contract',
			免费产前筛查率: 'prenatal-screening',
			严重精神障碍患者报告患病率: 'severe-mental-disorder-prevalence',
			基本药物配备使用比例: 'essential-drugs',
			人均预期寿命: 'life-expectancy',
			适龄儿童免疫规划疫苗接种率: 'vaccination',
			居民健康素养水平: 'health-literacy',
			居民电子健康档案建档率: 'health-records',
			孕产妇系统管理率: 'maternal-system-management',
			'0-6岁儿童健康管理率': 'child-health-management',
			高血压患者规范管理率: 'hypertension-management',
			糖尿病患者规范管理率: 'diabetes-management',
			县域内就诊率: 'county-visits',
			'每千人口执业(助理)医师数': 'physicians-per-1000',
		};
		expect(Object.fromEntries(Object.keys(subjects).map((subject) => [subject, normaliseMetric(subject, families)]))).toEqual(subjects);
	});

	it('tries only families whose unit measures what the value does', () => {
		expect(normaliseMetric('家庭医生签约', families, { unit: '%' })).toBe('family-doctor-contract');
		expect(normaliseMetric('家庭医生签约', families, { unit: '万人' })).toBeNull();
		expect(normaliseMetric('婴儿死亡率', families, { unit: '%' })).toBe('infant-mortality');
		expect(normaliseMetric('免费产前筛查任务数', families, { unit: '人' })).toBeNull();
		expect(normaliseMetric('家庭医生签约', families)).toBe('family-doctor-contract');
	});

	it('lets the unit choose between families that share a wording', () => {
		const list = [
			{ id: 'contract-rate', unit: '%', patterns: ['家庭医生签约服务'] },
			{ id: 'contracted-people', unit: '人', patterns: ['家庭医生签约'] },
		];
		expect(normaliseMetric('家庭医生签约服务', list, { unit: '%' })).toBe('contract-rate');
		expect(normaliseMetric('家庭医生签约服务', list, { unit: '万人' })).toBe('contracted-people');
	});

	it('checks nothing for a family without a unit, or with one the unit table does not know', () => {
		expect(familyAcceptsUnit({ unit: null }, '万人')).toBe(true);
		expect(familyAcceptsUnit({}, '万人')).toBe(true);
		expect(familyAcceptsUnit({ unit: '人/千人' }, '%')).toBe(true);
		expect(familyAcceptsUnit({ unit: '%' }, '‰')).toBe(true);
		expect(familyAcceptsUnit({ unit: '%' }, '万人')).toBe(false);
	});

	it.each(['content/indicators.yaml', 'tests/fixtures/site/indicators.yaml'])('%s states every unit so that it can be checked', (file) => {
		const unchecked = readFamilies(file).filter((family) => family.unit !== null && unitDimension(family.unit) === null);
		expect(unchecked.map((family) => `${family.id}: ${family.unit}`)).toEqual([]);
	});
});
