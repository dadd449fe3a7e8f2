import { pinyin } from 'pinyin-pro';

/**
 * Readings of place names that the general dictionary gets wrong (乐亭 is Laoting, not Leting). A
 * change here changes the ids of regions that regions.yaml does not pin, so entries are only added.
 */
const PLACE_READINGS: Readonly<Record<string, string>> = {
	// The official spelling, which keeps 陕西 apart from 山西 (shanxi).
	陕西: 'shaanxi',
	乐亭: 'laoting',
	乐清: 'yueqing',
	涡阳: 'guoyang',
	泌阳: 'biyang',
	筠连: 'junlian',
	洪洞: 'hongtong',
	蔚县: 'yuxian',
	繁峙: 'fanshi',
	歙县: 'shexian',
	尉犁: 'yuli',
	大埔: 'dabu',
	六合: 'luhe',
	浚县: 'xunxian',
	单县: 'shanxian',
	大城: 'dacheng',
	调兵山: 'diaobingshan',
};

/** Characters read one way in every place name (成都, 喀什), whatever the dictionary says. */
const CHARACTER_READINGS: Readonly<Record<string, string>> = { 都: 'du', 什: 'shi' };

/**
 * Writes a place name in toneless pinyin, lower case, ASCII only: 秦皇岛 → qinhuangdao, 吕梁 →
 * lvliang (ü as v, but lue for 略).
 * @param name a short place name (src/lib/regions/short-name.ts)
 * @returns the romanised name, letters a–z only
 */
export function romanisePlaceName(name: string): string {
	const known = PLACE_READINGS[name];
	if (known) return known;
	const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
	return [...name]
		.map((char, index) => CHARACTER_READINGS[char] ?? syllables[index] ?? '')
		.join('')
		.toLowerCase()
		.replace(/([ln])ve/g, '$1ue')
		.replace(/[^a-z]/g, '');
}
