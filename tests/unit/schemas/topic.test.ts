import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { TopicOverridesSchema } from '../../../src/schemas/topic-override.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';

const minimal = { id: 'tcm', name: '中医药' };
const firstMessage = (value: unknown) => TopicSchema.safeParse(value).error?.issues[0].message;

describe('TopicSchema', () => {
	it('fills defaults: no rules, top level, one text match, order 100', () => {
		expect(TopicSchema.parse(minimal)).toEqual({
			...minimal,
			parent: null,
			description: '',
			keywords: [],
			title_keywords: [],
			exclude: [],
			min_text_matches: 1,
			order: 100,
		});
	});

	it('accepts every rule field', () => {
		const topic = { ...minimal, keywords: ['中医'], title_keywords: ['国医'], exclude: ['集中医疗'], min_text_matches: 2 };
		expect(TopicSchema.parse(topic)).toMatchObject(topic);
	});

	it('rejects a word with a space, in Chinese, naming the field and the fix', () => {
		expect(firstMessage({ ...minimal, keywords: ['家庭 医生'] })).toBe('keywords 的词语不能含空格：把词语拆成几项分别写，例如 [家庭医生, 签约服务]');
		expect(firstMessage({ ...minimal, exclude: [' '] })).toBe('exclude 里有空词语：删除这一项或填写词语');
	});

	it('rejects a min_text_matches below 1', () => {
		expect(firstMessage({ ...minimal, min_text_matches: 0 })).toBe('min_text_matches 至少为 1：写 1 或 2');
	});

	it('rejects an unknown field, so a misspelt rule field does not pass unnoticed', () => {
		expect(TopicSchema.safeParse({ ...minimal, title_keyword: ['中医'] }).error?.issues[0].code).toBe('unrecognized_keys');
	});

	it.each(['content/topics.yaml', 'tests/fixtures/content/base/topics.yaml', 'tests/fixtures/site/topics.yaml', 'tests/fixtures/topics/small-taxonomy.yaml'])(
		'accepts %s',
		(path) => {
			const entries = load(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
			expect(TopicSchema.array().safeParse(entries).error?.issues).toBeUndefined();
		},
	);

	it('has at least 18 topics in content/topics.yaml, each parent a topic of the file', () => {
		const topics = TopicSchema.array().parse(load(readFileSync(new URL('../../../content/topics.yaml', import.meta.url), 'utf8')));
		const ids = new Set(topics.map((topic) => topic.id));
		expect(topics.length).toBeGreaterThanOrEqual(18);
		expect(topics.filter((topic) => topic.parent && !ids.has(topic.parent))).toEqual([]);
	});
});

describe('TopicOverridesSchema', () => {
	const parse = (value: unknown) => TopicOverridesSchema.safeParse(value);

	it('accepts replacements, additions and removals, as YAML writes them', () => {
		const value = load('topics: { s2-3: [family-doctor], s4-1: [+tcm, -chronic-disease], s1r2-1: [], h3: [tcm] }') as { topics: unknown };
		expect(parse(value.topics).data).toEqual({ 's2-3': ['family-doctor'], 's4-1': ['+tcm', '-chronic-disease'], 's1r2-1': [], h3: ['tcm'] });
	});

	it('defaults to no overrides', () => {
		expect(TopicOverridesSchema.parse(undefined)).toEqual({});
	});

	it('rejects a key that is not an item anchor', () => {
		const [issue] = parse({ '（三）': ['tcm'] }).error?.issues ?? [];
		expect(issue.message).toMatch(/^topics 的键 （三） 不是条目锚点：写成 s2-3 这样的锚点/);
		expect(issue.path).toEqual(['（三）']);
	});

	it('rejects an entry that is not a topic id', () => {
		expect(parse({ 's2-3': ['中医药'] }).error?.issues[0].message).toMatch(/^topics 里的主题写法不对：/);
		expect(parse({ 's2-3': [-2020] }).error?.issues[0].message).toMatch(/^topics 的每一项必须是主题 id 文字/);
	});

	it('rejects a list that mixes replacement and +/-', () => {
		expect(parse({ 's2-3': ['family-doctor', '+tcm'] }).error?.issues[0].message).toMatch(/^topics 的同一条里不能同时写主题 id 和 \+\/- ：/);
	});

	it('rejects a topic named twice in one list', () => {
		expect(parse({ 's2-3': ['+tcm', '-tcm'] }).error?.issues[0].message).toBe('topics 的同一条里主题 tcm 写了不止一次：只保留一项');
	});
});
