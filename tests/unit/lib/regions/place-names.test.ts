import { describe, expect, it } from 'vitest';
import { createPlaceIndex, findPlaceNames, placeNameEndingAt } from '../../../../src/lib/regions/place-names.ts';

const regions = [
	{ name: '绍兴市', level: '市' },
	{ name: '上虞区', level: '区' },
	{ name: '和县', level: '县' },
	{ name: '恩施土家族苗族自治州', level: '市' },
	{ name: '莱芜区', level: '区' },
];
const index = createPlaceIndex(regions);
const names = (text: string) => findPlaceNames(index, text).map((mention) => `${mention.name}${mention.regions.length ? '' : '?'}@${mention.index}`);

describe('findPlaceNames', () => {
	it('finds full names, one after another', () => {
		expect(names('2025年绍兴市上虞区卫生健康工作要点')).toEqual(['绍兴市@5', '上虞区@8']);
	});

	it('reads the short form of an autonomous division as its name', () => {
		expect(findPlaceNames(index, '恩施州卫生健康委')[0].regions).toEqual([regions[3]]);
	});

	it('takes a two-character name only where a word starts', () => {
		expect(names('关于和县卫生健康委')).toEqual(['和县@2']);
		expect(names('城乡和县域')).toEqual([]);
	});

	it('does not take a short name alone, and marks a short name with another level as unknown', () => {
		expect(names('推进健康上虞建设')).toEqual([]);
		expect(names('莱芜市卫生健康委')).toEqual(['莱芜市?@0']);
		expect(findPlaceNames(index, '莱芜市')[0].similar).toEqual([regions[4]]);
	});
});

describe('placeNameEndingAt', () => {
	it('finds the longest name that ends at an offset', () => {
		expect(placeNameEndingAt(index, '绍兴市上虞区', 6)).toBe('上虞区');
		expect(placeNameEndingAt(index, '配合县', 3)).toBeNull();
	});
});
