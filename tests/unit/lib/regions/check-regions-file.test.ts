import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../../scripts/lib/check-content-root.ts';
import { materialiseContentCase } from '../../../support/content-cases.ts';
import { formatProblem } from '../../../../src/lib/check/problem.ts';
import { checkRegionsFile } from '../../../../src/lib/regions/check-regions-file.ts';
import { readNationalList } from '../../../../src/lib/regions/national-list.ts';

const check = (text: string) => checkRegionsFile('content/regions.yaml', text, readNationalList());

describe('checkRegionsFile', () => {
	it('accepts ids with codes, and returns the whole country with them and the ids the file lists', () => {
		const { problems, regions, listed } = check("- id: qinhuangdao\n  code: '130300'\n");
		expect(problems).toEqual([]);
		expect(listed).toEqual(new Set(['qinhuangdao']));
		expect(regions.length).toBeGreaterThan(3000);
		expect(regions.find((region) => region.code === '130304')).toEqual({ id: 'beidaihe', name: '北戴河区', level: '区', parent: 'qinhuangdao', code: '130304' });
	});

	it('accepts a parent from the national list for a region it adds', () => {
		expect(check('- id: xin-xian\n  name: 新县\n  level: 县\n  parent: qinhuangdao\n  code: null\n').problems).toEqual([]);
	});

	it('points at the line of each problem, in Chinese with the fix', () => {
		const text = ["- id: qinhuangdao\n  code: '130300'", "- id: chaoyang\n  code: '110105'", '- id: yangli\n  level: 县\n  code: null', "- id: qinhuangdao\n  code: '130304'", "- id: xin\n  name: 新县\n  level: 县\n  parent: nowhere\n  code: null"].join('\n');
		expect(check(`${text}\n`).problems.map(formatProblem)).toEqual([
			'content/regions.yaml:3: id “chaoyang”是全国行政区划表中朝阳市（辽宁省）的 id → 换一个 id；如果说的就是朝阳市，写 code: \'211300\'',
			'content/regions.yaml:5: 第 3 项：缺少必填字段 name → 加上 name: …（字段说明见 content/README.md；原文没有写明的写 null）',
			'content/regions.yaml:8: id “qinhuangdao”重复 → 每个 id 只能出现一次：删除重复的一项或改用别的 id',
			'content/regions.yaml:10: parent “nowhere”不存在 → 把 parent 改为本文件或全国行政区划表中已有的地区 id，或写 null',
		]);
	});

	it('reports YAML that does not parse, and still returns the national list', () => {
		const { problems, regions, listed } = check('- id: hebei\n name: 河北省\n');
		expect(problems).toHaveLength(1);
		expect(listed).toEqual(new Set());
		expect(problems[0].message).toMatch(/^不是有效的 YAML/);
		expect(regions.length).toBeGreaterThan(3000);
	});
});

describe('the content check', () => {
	it('accepts a plan of a county that only the national list has (卢龙县, lulong)', () => {
		const root = materialiseContentCase('valid', 'draft-that-is-valid');
		const plan = readFileSync(join(root, 'plans/qinhuangdao/2019-priorities.md'), 'utf8').replace('region: qinhuangdao', 'region: lulong');
		mkdirSync(join(root, 'plans/lulong'), { recursive: true });
		writeFileSync(join(root, 'plans/lulong/2019-priorities.md'), plan);
		expect(checkContentRoot(root).problems.map(formatProblem)).toEqual([]);
	});
});
