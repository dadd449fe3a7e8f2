/**
 * Word lists for the synthetic benchmark corpus (scripts/lib/synthetic-corpus.ts), taken from the
 * wording of real health bureaus' work plans so that the segmenter and the index see the same
 * kind of text as in production.
 */

/** Provinces with their real 行政区划代码 prefixes (first two digits). */
export const PROVINCES = [
	['11', '北京市'], ['12', '天津市'], ['13', '河北省'], ['14', '山西省'], ['15', '内蒙古自治区'],
	['21', '辽宁省'], ['22', '吉林省'], ['23', '黑龙江省'], ['31', '上海市'], ['32', '江苏省'],
	['33', '浙江省'], ['34', '安徽省'], ['35', '福建省'], ['36', '江西省'], ['37', '山东省'],
	['41', '河南省'], ['42', '湖北省'], ['43', '湖南省'], ['44', '广东省'], ['45', '广西壮族自治区'],
	['46', '海南省'], ['50', '重庆市'], ['51', '四川省'], ['52', '贵州省'], ['53', '云南省'],
	['54', '西藏自治区'], ['61', '陕西省'], ['62', '甘肃省'], ['63', '青海省'], ['64', '宁夏回族自治区'],
	['65', '新疆维吾尔自治区'],
] as const;

/** Syllables that make plausible place names (两字地名). */
export const PLACE_SYLLABLES = [
	'安', '平', '宁', '和', '兴', '德', '阳', '城', '山', '江', '河', '泉', '清', '丰', '昌', '东', '西',
	'南', '北', '华', '临', '淄', '包', '秦', '皇', '岛', '上', '虞', '绍', '新', '永', '长', '乐',
	'武', '文', '明', '光', '宝', '金', '水', '林', '峰', '桥', '湖', '海', '云', '龙', '凤',
] as const;

/** Topics of work items, with the domain vocabulary the search probe queries. */
export const TOPICS = [
	'家庭医生签约服务', '中医药传承创新发展', '妇幼健康服务', '孕产妇和儿童健康管理', '紧密型县域医共体建设',
	'健康扶贫', '艾滋病防治', '疫苗接种管理', '结核病防控', '医养结合', '“互联网+医疗健康”', 'DRG支付方式改革',
	'适龄女生HPV疫苗接种', '爱国卫生运动', '分级诊疗制度建设', '公立医院综合改革', '基本公共卫生服务',
	'慢性病综合防治', '精神卫生和心理健康服务', '职业病防治', '重大传染病防控', '卫生应急体系建设',
	'医疗质量安全管理', '计划生育服务管理', '老龄健康服务', '健康促进与健康教育', '卫生健康综合监督执法',
	'卫生健康人才队伍建设', '智慧医疗建设', '全面从严治党', '中医馆建设', '出生缺陷综合防治',
	'食品安全风险监测', '医疗急救体系建设', '基层医疗卫生服务能力提升', '“健康中国”行动',
] as const;

/** Verbs that open an item title (“深入推进…”). */
export const VERBS = [
	'深入推进', '全面加强', '持续深化', '扎实开展', '着力提升', '稳步推进', '加快推进', '不断完善', '切实抓好',
	'积极推进', '大力实施', '健全完善', '统筹推进', '巩固提升', '规范开展',
] as const;

/** What follows a topic in an item title. */
export const TITLE_ENDINGS = ['工作', '', '体系建设', '能力建设', '长效机制', '专项行动', '服务质量', '提质增效'] as const;

/** Sentence frames; {topic} and {place} are filled in. */
export const SENTENCE_FRAMES = [
	'围绕{topic}，完善工作机制，强化部门协同，确保各项任务落到实处。',
	'以{topic}为抓手，聚焦群众急难愁盼问题，推动优质医疗资源扩容下沉和区域均衡布局。',
	'{place}要把{topic}纳入年度重点任务，建立工作台账，实行清单化管理、项目化推进。',
	'加强{topic}督导考核，每季度通报进展情况，对工作滞后的单位进行约谈。',
	'总结推广{topic}的经验做法，形成一批可复制、可推广的典型案例。',
	'全面落实{topic}各项政策措施，进一步提升群众获得感、幸福感、安全感。',
	'一是强化{topic}的组织领导，二是加大经费投入，三是完善绩效考核办法。',
	'按照“统一规划、分级负责、属地管理”的原则，推进{topic}向基层延伸。',
	'开展{topic}业务培训和技术指导，全年举办培训班不少于4期。',
	'建立健全{topic}信息化监测平台，实现数据互联互通、实时共享。',
] as const;

/** Target sentences: an indicator, a relation and a value range, as plans state them. */
export const TARGET_FRAMES = [
	{ text: '家庭医生签约率达到{n}%以上', min: 35, max: 90 },
	{ text: '重点人群家庭医生签约覆盖率达{n}%', min: 60, max: 95 },
	{ text: '孕产妇死亡率控制在{n}/10万以下', min: 8, max: 18 },
	{ text: '婴儿死亡率控制在{n}‰以内', min: 3, max: 7 },
	{ text: '5岁以下儿童死亡率控制在{n}‰以下', min: 4, max: 9 },
	{ text: '产前筛查率达到{n}%', min: 80, max: 98 },
	{ text: '适龄儿童免疫规划疫苗接种率保持在{n}%以上', min: 90, max: 99 },
	{ text: '适龄女生HPV疫苗接种率达{n}%', min: 60, max: 95 },
	{ text: '肺结核患者成功治疗率达到{n}%以上', min: 85, max: 95 },
	{ text: '艾滋病感染者抗病毒治疗覆盖率达{n}%', min: 85, max: 95 },
	{ text: '县域内就诊率达到{n}%', min: 85, max: 95 },
	{ text: 'DRG付费医疗机构覆盖率达到{n}%', min: 70, max: 100 },
	{ text: '居民健康素养水平达{n}%', min: 20, max: 45 },
	{ text: '二级以上公立医院远程医疗服务覆盖率达{n}%', min: 80, max: 100 },
	{ text: '每千常住人口执业（助理）医师数达到{n}人', min: 2, max: 4 },
	{ text: '65岁以上老年人健康管理率达到{n}%', min: 60, max: 75 },
] as const;

/** Offices named in owner notes （责任科室：…）. */
export const OFFICES = [
	'中医科', '医政医管科', '疾控科', '妇幼健康科', '基层卫生科', '规划信息科', '老龄健康科', '综合监督科',
	'人事科', '办公室', '财务科', '应急办', '体改科', '宣传科',
] as const;

/** Roles of owner notes. */
export const OWNER_ROLES = ['责任科室', '牵头单位', '责任科室', '配合单位'] as const;
