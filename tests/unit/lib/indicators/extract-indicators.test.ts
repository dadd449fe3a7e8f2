import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../../src/lib/indicators/extract-indicators.ts';
import { findNonTargetSpans } from '../../../../src/lib/indicators/non-targets.ts';
import type { IndicatorTarget } from '../../../../src/lib/indicators/types.ts';

/** The parts of a target most tests look at. */
function brief(target: IndicatorTarget) {
	return { subject: target.subject, op: target.op, value: target.value, unit: target.unit };
}

function only(text: string, options?: Parameters<typeof extractIndicators>[1]): IndicatorTarget {
	const targets = extractIndicators(text, options);
	expect(targets).toHaveLength(1);
	return targets[0];
}

describe('extractIndicators: comparators', () => {
	it.each([
		['规范管理率达到60%', '规范管理率', '=', 60],
		['全民健康素养水平达45%', '全民健康素养水平', '=', 45],
		['产前筛查率达到80%以上', '产前筛查率', '>=', 80],
		['严重致残出生缺陷发生率控制在1‰以下', '严重致残出生缺陷发生率', '<=', 1],
		['配备使用比例不低于65%', '配备使用比例', '>=', 65],
		['城市地区院前急救平均反应时间不超过10分钟', '城市地区院前急救平均反应时间', '<=', 10],
		['重大慢病过早死亡率控制在9.0%', '重大慢病过早死亡率', '<=', 9],
		['孕产妇死亡率降至10/10万', '孕产妇死亡率', '<=', 10],
		['重点人群签约覆盖率保持在85%以上', '重点人群签约覆盖率', '>=', 85],
		['出院患者中区外占比保持20%', '出院患者中区外占比', '=', 20],
		['生命健康产业总营收超过1071.6亿元', '生命健康产业总营收', '>', 1071.6],
		['人均预期寿命超82.8岁', '人均预期寿命', '>', 82.8],
		['婴儿死亡率低于1.43‰', '婴儿死亡率', '<', 1.43],
		['平均住院日9天左右', '平均住院日', '~', 9],
		['基本公共卫生服务经费补助标准提高到人均50元', '基本公共卫生服务经费补助标准', '>=', 50],
		['新增区级及以上重点学科不少于7个', '新增区级及以上重点学科', '>=', 7],
		['平均住院日控制在9天以内', '平均住院日', '<=', 9],
		['住院分娩率为98.5%', '住院分娩率', '=', 98.5],
		['订阅者约4万人', '订阅者', '~', 4],
	] as const)('%s', (text, subject, op, value) => {
		expect(brief(only(text))).toMatchObject({ subject, op, value });
	});

	it('reads 力争 and 争取 as aspirational and 确保 as firm', () => {
		expect(only('免费产前筛查率力争达到90%以上').firm).toBe(false);
		expect(only('努力扩大病种数量，争取达到117种').firm).toBe(false);
		expect(only('确保产前筛查率达到90%以上').firm).toBe(true);
	});

	it('reads 力争 at the head of the sentence, but not past the last target', () => {
		expect(only('力争到2020年底，产前筛查率达到90%以上').firm).toBe(false);
		expect(extractIndicators('力争新增社区医院1家，产前筛查率达到90%以上').map((target) => target.firm)).toEqual([false, true]);
	});

	it('does not take 签约 for the comparator 约 nor 作为 for 为', () => {
		expect(brief(only('重点人群签约达到60%'))).toEqual({ subject: '重点人群签约', op: '=', value: 60, unit: '%' });
		expect(extractIndicators('作为全国567个紧密型县域医共体建设试点县市之一')).toEqual([]);
	});
});

describe('extractIndicators: units', () => {
	it.each([
		['覆盖率达到90%', 90, '%'],
		['覆盖率达到90％', 90, '%'],
		['婴儿死亡率控制在4‰以下', 4, '‰'],
		['孕产妇死亡率控制在9.5/10 万以下', 9.5, '/10万'],
		['人均预期寿命达到79岁', 79, '岁'],
		['平均反应时间不超过12分钟', 12, '分钟'],
		['新增公办托位200个以上', 200, '个'],
		['新建慢病一体化门诊6家', 6, '家'],
		['引进医学类硕士研究生15人以上', 15, '人'],
		['选送进修骨干医生60名以上', 60, '人'],
		['完成年度投资额3000万元', 3000, '万元'],
		['总营收超过2.5亿元', 2.5, '亿元'],
		['报销比例提高5个百分点', 5, '个百分点'],
		['年服务量3000人次以上', 3000, '人次'],
		['完成老年人健康评估2万人', 2, '万人'],
		['建立智慧化家庭病床500张以上', 500, '张'],
	] as const)('%s', (text, value, unit) => {
		expect(only(text)).toMatchObject({ value, unit });
	});
});

describe('extractIndicators: forms', () => {
	it('gives one target per measure of a list sharing one comparator (分别)', () => {
		const text = '2019 年全区孕产妇死亡率、婴儿死亡率和 5 岁以下儿童死亡率要控制在 9.5/10 万、4‰和 5‰以下。';
		expect(extractIndicators(text).map(brief)).toEqual([
			{ subject: '孕产妇死亡率', op: '<=', value: 9.5, unit: '/10万' },
			{ subject: '婴儿死亡率', op: '<=', value: 4, unit: '‰' },
			{ subject: '5岁以下儿童死亡率', op: '<=', value: 5, unit: '‰' },
		]);
	});

	it('applies 以上 after the last value of a list to every value', () => {
		const targets = extractIndicators('出院患者手术占比、微创手术占比、三四级手术占比分别达25%、17%、27%以上');
		expect(targets.map((target) => [target.subject, target.op, target.value])).toEqual([
			['出院患者手术占比', '>=', 25],
			['微创手术占比', '>=', 17],
			['三四级手术占比', '>=', 27],
		]);
	});

	it('lets a list unit written once at the end serve every value', () => {
		expect(extractIndicators('手术占比、微创手术占比分别达25、17%').map((target) => target.unit)).toEqual(['%', '%']);
	});

	it('gives every measure of a list the one value they share', () => {
		const targets = extractIndicators('辖区内严重精神障碍患者规范管理率和服药率达95%');
		expect(targets.map((target) => [target.subject, target.value])).toEqual([
			['严重精神障碍患者规范管理率', 95],
			['服药率', 95],
		]);
	});

	it('keeps one subject when only its last part names the measure', () => {
		const targets = extractIndicators('高血压和糖尿病患者规范管理率分别是85.63%和85.15%', { documentKind: '总结' });
		expect(targets.map((target) => [target.subject, target.value])).toEqual([
			['高血压和糖尿病患者规范管理率', 85.63],
			['高血压和糖尿病患者规范管理率', 85.15],
		]);
	});

	it('reads both ends of a range', () => {
		expect(only('签约率达到80%—90%')).toMatchObject({ op: 'range', value: 80, valueMax: 90, unit: '%' });
		expect(only('签约率达到80-90%')).toMatchObject({ op: 'range', value: 80, valueMax: 90, unit: '%' });
	});

	it('reads a value written before its subject', () => {
		expect(brief(only('90%以上的常住老年人群签约家庭医生'))).toEqual({ subject: '常住老年人群签约家庭医生', op: '>=', value: 90, unit: '%' });
		expect(brief(only('2017年底40%卫生院达到满意乡镇卫生院建设标准'))).toMatchObject({ subject: '卫生院达到满意乡镇卫生院建设标准', value: 40 });
	});

	it('keeps the covered group of 覆盖 in the span', () => {
		const target = only('2019年底，家庭医生签约服务力争覆盖90%以上的常住老年人群，全部医疗机构');
		expect(target).toMatchObject({ subject: '家庭医生签约服务', op: '>=', value: 90, firm: false, text: '家庭医生签约服务力争覆盖90%以上的常住老年人群' });
	});

	it('finds the measures of 分别达到 in the clause before the comma', () => {
		const targets = extractIndicators('提高全区居民的健康知识知晓率和健康行为形成率，分别达到 85%和 80%以上。');
		expect(targets.map((target) => [target.subject, target.op, target.value])).toEqual([
			['居民的健康知识知晓率', '>=', 85],
			['健康行为形成率', '>=', 80],
		]);
	});

	it('reads a list of counts each written before its noun', () => {
		const targets = extractIndicators('稳步推进4万名60岁以上老年人流感疫苗、2000名65岁以上老年人肺炎疫苗接种');
		expect(targets.map((target) => [target.subject, target.value, target.unit])).toEqual([
			['60岁以上老年人流感疫苗', 4, '万人'],
			['65岁以上老年人肺炎疫苗接种', 2000, '人'],
		]);
	});

	it('reads a count after a counting verb, and a count that continues its list', () => {
		const targets = extractIndicators('新建名中医工作室2个，新增省部级科研项目1个，省级基层名中医1名');
		expect(targets.map((target) => [target.subject, target.value])).toEqual([
			['新建名中医工作室', 2],
			['新增省部级科研项目', 1],
			['省级基层名中医', 1],
		]);
	});

	it('keeps a change word in the subject: the value is a change, not a level', () => {
		expect(brief(only('医疗纠纷发生数较上年下降5%'))).toEqual({ subject: '医疗纠纷发生数较上年下降', op: '=', value: 5, unit: '%' });
	});

	it('reads a comparator with a reference before the value', () => {
		expect(brief(only('公立医院实施临床路径管理的病例数达到公立医院出院病例数的40%'))).toEqual({
			subject: '公立医院实施临床路径管理的病例数',
			op: '=',
			value: 40,
			unit: '%',
		});
	});

	it('returns spans whose text is exactly the source', () => {
		const text = '居民健康状况持续改善,人均预期寿命超82.8岁,重大慢病过早死亡率控制在9.0%以下,总体癌症五年生存率达50%。';
		const targets = extractIndicators(text);
		expect(targets.map((target) => target.text)).toEqual(['人均预期寿命超82.8岁', '重大慢病过早死亡率控制在9.0%以下', '总体癌症五年生存率达50%']);
		for (const target of targets) expect(text.slice(target.span.start, target.span.end)).toBe(target.text);
	});

	it('leaves out counts that only describe (等14个应用系统, 5个方面)', () => {
		expect(extractIndicators('重点建设家庭签约系统、慢病管理系统等 14 个应用系统。')).toEqual([]);
		expect(extractIndicators('在房屋建设、设备配置、服务功能和运行管理 5 个方面实现标准化。')).toEqual([]);
	});

	it('does not read an age before a noun as a target (5岁以下儿童, 年满50岁及以上的)', () => {
		expect(extractIndicators('为全市年满50岁及以上的户籍农牧民开展免费体检')).toEqual([]);
		expect(extractIndicators('5岁以下儿童死亡率控制在5‰以下').map((target) => target.value)).toEqual([5]);
		expect(extractIndicators('5岁以下儿童死亡率控制在5‰以下')[0].unit).toBe('‰');
	});

	it('fills metric from the families when they are given', () => {
		const families = [{ id: 'infant-mortality', patterns: ['婴儿死亡率'] }];
		expect(only('婴儿死亡率低于1.43‰', { families }).metric).toBe('infant-mortality');
		expect(only('婴儿死亡率低于1.43‰').metric).toBeNull();
	});

	it('lets a scope without a measure take the metric of its sentence (二级医疗机构不低于40%)', () => {
		const families = [{ id: 'essential-drugs', patterns: ['配备使用比例'] }];
		const targets = extractIndicators('配备使用比例基层医疗机构不低于65%,二级医疗机构不低于40%', { families });
		expect(targets.map((target) => [target.subject, target.metric])).toEqual([
			['配备使用比例基层医疗机构', 'essential-drugs'],
			['二级医疗机构', 'essential-drugs'],
		]);
	});

	it('leaves a value out of a family whose unit measures something else, and keeps it as a target', () => {
		const families = [{ id: 'family-doctor-contract', unit: '%', patterns: ['家庭医生签约', '重点人群签约'] }];
		const targets = extractIndicators('家庭医生签约累计123.2万人,其中重点人群签约覆盖率61.62%', { families });
		expect(targets.map((target) => [target.subject, target.value, target.unit, target.metric])).toEqual([
			['家庭医生签约', 123.2, '万人', null],
			['重点人群签约覆盖率', 61.62, '%', 'family-doctor-contract'],
		]);
	});

	it('keeps a rate in its family whatever its base (‰ in a % family, % in a ‰ family)', () => {
		const families = [
			{ id: 'premature-chronic-mortality', unit: '%', patterns: ['过早死亡率'] },
			{ id: 'infant-mortality', unit: '‰', patterns: ['婴儿死亡率'] },
		];
		expect(only('重大慢性病过早死亡率控制在90‰以下', { families }).metric).toBe('premature-chronic-mortality');
		expect(only('婴儿死亡率控制在0.5%以下', { families }).metric).toBe('infant-mortality');
	});

	it('counts institutions in 家, 所 or 个 alike, and people in 人 or 万人', () => {
		const families = [
			{ id: 'community-hospitals', unit: '家', patterns: ['社区医院'] },
			{ id: 'trained-doctors', unit: '人', patterns: ['培训全科医生'] },
		];
		expect(['新建社区医院5个', '新建社区医院3所', '新建社区医院2家'].map((text) => only(text, { families }).metric)).toEqual(['community-hospitals', 'community-hospitals', 'community-hospitals']);
		expect(only('培训全科医生1.2万人', { families }).metric).toBe('trained-doctors');
		expect(only('培训全科医生3000人次', { families }).metric).toBeNull();
	});

	it('does not pass the metric of the sentence to a value in another unit', () => {
		const families = [{ id: 'family-doctor-contract', unit: '%', patterns: ['重点人群签约'] }];
		const targets = extractIndicators('重点人群签约覆盖率达到60%，签约居民不少于12万人', { families });
		expect(targets.map((target) => [target.subject, target.metric])).toEqual([
			['重点人群签约覆盖率', 'family-doctor-contract'],
			['签约居民', null],
		]);
	});
});

describe('extractIndicators: numbers that are not targets', () => {
	/** Asserts that the non-target spans cover `number` and that no target has its value. */
	function expectNotATarget(text: string, number: string, value: number) {
		const at = text.indexOf(number);
		expect(findNonTargetSpans(text).some(([start, end]) => start <= at && at + number.length <= end)).toBe(true);
		expect(extractIndicators(text).map((target) => target.value)).not.toContain(value);
	}

	it('a date', () => {
		expectNotATarget('2019年4月12日前产前筛查率达到90%', '2019年4月12日', 12);
		expect(extractIndicators('2019年4月12日前产前筛查率达到90%').map((target) => target.value)).toEqual([90]);
	});

	it('a date that lost its separators', () => {
		expectNotATarget('秦皇岛市卫生健康委\n2019412', '2019412', 2019412);
	});

	it('a 文号', () => {
		expectNotATarget('按照秦卫字〔2019〕12号文件要求，新增托位12个', '〔2019〕12号', 2019);
		expect(extractIndicators('按照秦卫字〔2019〕12号文件要求，新增托位12个')).toHaveLength(1);
	});

	it('an 索引号', () => {
		expectNotATarget('索引号：000357739/2019-122个', '000357739/2019-122', 122);
	});

	it('an item number', () => {
		expectNotATarget('（3）5家医疗机构', '（3）', 3);
		expectNotATarget('工作目标。\n2.新增托位200个以上', '2.', 2);
		expect(extractIndicators('工作目标。\n2.新增托位200个以上').map((target) => target.value)).toEqual([200]);
	});

	it('a year span that lost its dash (20182030年)', () => {
		expectNotATarget('推动落实《秦皇岛市国民营养计划(20182030年)实施方案》', '20182030年', 20182030);
	});

	it('a year span (2016-2020年)', () => {
		expectNotATarget('根据《2016-2020 年度人口和计划生育目标管理责任书》，出生人口统计合格率达到95%', '2016-2020 年', 2020);
	});

	it('a programme name (健康中国2030) and a plan period (十四五)', () => {
		expectNotATarget('贯彻健康中国2030规划纲要', '健康中国2030', 2030);
		expect(extractIndicators('“十四五”期间新增床位500张').map((target) => target.value)).toEqual([500]);
	});
});

describe('extractIndicators: achieved values', () => {
	it('reads a summary’s counts as achieved', () => {
		const target = only('全年共建成标准化村卫生室12家', { documentKind: '总结' });
		expect(target).toMatchObject({ kind: 'achieved', value: 12, unit: '家' });
	});

	it('reads past wording as achieved even in a plan', () => {
		expect(only('已完成筛查人数2212人', { documentKind: '要点' }).kind).toBe('achieved');
	});

	it('reads target wording as a target even in a summary', () => {
		expect(only('明年力争建成标准化村卫生室12家', { documentKind: '总结' }).kind).toBe('target');
	});

	it('lets the document kind decide a bare value', () => {
		expect(only('建档率86%', { documentKind: '总结' }).kind).toBe('achieved');
		expect(only('建档率86%', { documentKind: '要点' }).kind).toBe('target');
	});

	it('reads each clause by its own wording (已建成12家，今年新增5家)', () => {
		const targets = extractIndicators('社区医院已建成12家，今年新增5家', { documentKind: '要点' });
		expect(targets.map((target) => [target.value, target.kind])).toEqual([
			[12, 'achieved'],
			[5, 'target'],
		]);
	});
});
