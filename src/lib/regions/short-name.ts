/**
 * The 55 recognised ethnic minorities, as they appear in the names of autonomous divisions
 * (恩施土家族苗族自治州, 伊犁哈萨克自治州). Longer names first, so that 土家 is tried before 土.
 */
const ETHNIC_GROUPS = [
	'乌孜别克', '柯尔克孜', '俄罗斯', '鄂伦春', '鄂温克', '达斡尔', '哈萨克', '塔吉克', '塔塔尔', '维吾尔',
	'傈僳', '布依', '朝鲜', '土家', '哈尼', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南',
	'仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '蒙古',
	'高山', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌',
	'怒', '京',
] as const;

// A one-character group must be followed by 族 (回族, 黎族): 西藏 or 白沙 keep their 藏 and 白. A
// longer one may stand without it, as in 伊犁哈萨克自治州 and 新疆维吾尔自治区.
const SINGLE = ETHNIC_GROUPS.filter((group) => group.length === 1).join('');
const LONGER = ETHNIC_GROUPS.filter((group) => group.length > 1).join('|');
const AUTONOMOUS = new RegExp(`(?:(?:[${SINGLE}]族|(?:${LONGER})族?))+自治(?:区|州|县|旗)$`, 'u');

/**
 * Endings that name the kind of division, tried in this order: the longer ones first, so that 特别行政区
 * is not cut as 区 and 东乡族自治县 becomes 东乡. 林区 is not among them: 万柏林区 and 碑林区 end in
 * 林 + 区; the one forest district, 神农架林区, is named in SPECIAL.
 */
const ENDINGS = ['特别行政区', '各族自治县', '族自治县', '族自治旗', '自治区', '自治州', '自治县', '自治旗', '地区', '特区', '新区', '省', '市', '区', '县', '旗', '盟'] as const;

/** Names whose short form no rule gives. */
const SPECIAL: Readonly<Record<string, string>> = { 神农架林区: '神农架' };

/**
 * The name of a division without the word for its kind (上虞区 → 上虞, 恩施土家族苗族自治州 → 恩施,
 * 内蒙古自治区 → 内蒙古). A name that would be left with one character keeps its ending (城区, 和县,
 * 沛县), because one character is not a name.
 * @param name the official name
 * @returns the short name
 */
export function shortRegionName(name: string): string {
	if (SPECIAL[name]) return SPECIAL[name];
	const withoutGroups = name.replace(AUTONOMOUS, '');
	if (withoutGroups !== name && withoutGroups.length >= 2) return withoutGroups;
	for (const ending of ENDINGS) {
		if (name.endsWith(ending) && name.length - ending.length >= 2) return name.slice(0, -ending.length);
	}
	return name;
}
