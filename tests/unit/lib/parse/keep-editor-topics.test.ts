import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { frontMatterFields, splitFrontMatter } from '../../../../src/lib/check/front-matter.ts';
import {
	keepEditorTopics,
	replacedProvenance,
} from '../../../../src/lib/parse/keep-editor-topics.ts';

const imported = '---\ntitle: 2019年工作要点\nyear: 2019\ndraft: false\n---\n\n## 一、甲\n';

describe('keepEditorTopics', () => {
	it("carries the replaced file's topic corrections into the imported file, body untouched", () => {
		const existing = '---\ntitle: 旧标题\ntopics:\n  s1: [tcm]\n  s1-2: [+family-doctor, -tcm]\n---\n\n## 一、甲（已改）\n';
		const { markdown, kept } = keepEditorTopics(imported, frontMatterFields(existing));
		expect(kept).toBe(2);
		const { yaml, body } = splitFrontMatter(markdown);
		expect(load(yaml ?? '')).toEqual({ title: '2019年工作要点', year: 2019, draft: false, topics: { s1: ['tcm'], 's1-2': ['+family-doctor', '-tcm'] } });
		expect(body).toBe('\n## 一、甲\n');
	});

	it('leaves the imported file as it is when the replaced file has no corrections, or broken front matter', () => {
		expect(keepEditorTopics(imported, frontMatterFields('---\ntitle: 旧\n---\n'))).toEqual({ markdown: imported, kept: 0 });
		expect(keepEditorTopics(imported, frontMatterFields('---\ntopics: {}\n---\n'))).toEqual({ markdown: imported, kept: 0 });
		expect(keepEditorTopics(imported, frontMatterFields('---\ntopics: [unclosed\n---\n'))).toEqual({ markdown: imported, kept: 0 });
	});
});

describe('replacedProvenance', () => {
	const withProvenance = (value: string) => `---\ntitle: 2019年工作要点\nprovenance: ${value}\n---\n`;

	it('tells when a re-import writes a provenance other than the replaced file had', () => {
		expect(replacedProvenance(frontMatterFields(withProvenance('official')), 'reprint')).toEqual({
			before: 'official',
			after: 'reprint',
		});
	});

	it('says nothing when they agree, or the replaced file has none or does not parse', () => {
		expect(replacedProvenance(frontMatterFields(withProvenance('reprint')), 'reprint')).toBeNull();
		expect(replacedProvenance(frontMatterFields('---\ntitle: 旧\n---\n'), 'reprint')).toBeNull();
		expect(replacedProvenance(frontMatterFields('---\nprovenance: [unclosed\n---\n'), 'reprint')).toBeNull();
	});
});
