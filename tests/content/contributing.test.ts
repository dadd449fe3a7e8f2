import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../scripts/lib/check-content-root.ts';
import { listContentCases, materialiseContentCase } from '../support/content-cases.ts';
import { readCheckMessageTemplates } from '../support/check-messages.ts';
import { REPO_ROOT, TMP_DIR } from '../support/paths.ts';

/**
 * .github/CONTRIBUTING.md explains every message the content check can give, in the tables of its
 * “检查信息” section: the first cell of each row holds the message's opening as code, `…` standing
 * for a value. The messages are read from the check's sources (tests/support/check-messages.ts),
 * so a new message without a row fails here.
 */
const guide = readFileSync(join(REPO_ROOT, '.github/CONTRIBUTING.md'), 'utf8');
const section = guide.slice(guide.indexOf('\n## 检查信息\n'), guide.indexOf('\n## ', guide.indexOf('\n## 检查信息\n') + 1));
const patterns = section
	.split('\n')
	.filter((line) => line.startsWith('| `'))
	.flatMap((line) => [...line.split(' | ')[0].matchAll(/`([^`]+)`/g)].map((match) => match[1].trim()));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toRegExp = (pattern: string, whole: boolean) => new RegExp(`${whole ? '^' : ''}${pattern.split('…').map(escape).join('.*')}${whole ? '$' : ''}`, 's');
const templates = readCheckMessageTemplates();

describe('the table of check messages in .github/CONTRIBUTING.md', () => {
	it('is there, and the sources give messages to explain', () => {
		expect(patterns.length).toBeGreaterThan(60);
		expect(templates.length).toBeGreaterThan(60);
	});

	it('has a row for every message the check can give', () => {
		const missing = templates.filter((template) => !patterns.some((pattern) => toRegExp(pattern, true).test(template.text.trim())));
		expect(missing.map((template) => `${template.text}  (${template.at})`)).toEqual([]);
	});

	it('has no row for a message the check no longer gives', () => {
		const stale = patterns.filter((pattern) => !templates.some((template) => toRegExp(pattern, true).test(template.text.trim())));
		expect(stale).toEqual([]);
	});

	// Fifty content roots, each checked against the national list: seconds on a busy runner.
	it('explains the message each malformed fixture gives', { timeout: 60_000 }, () => {
		for (const name of listContentCases('invalid')) {
			// A folder of its own: content-fixtures.test.ts rebuilds the cases' default folders while it runs.
			const { problems } = checkContentRoot(materialiseContentCase('invalid', name, join(TMP_DIR, 'contributing-cases', name)));
			expect(problems.length, `${name} gives no message`).toBeGreaterThan(0);
			for (const { message } of problems) {
				expect(patterns.some((pattern) => toRegExp(pattern, false).test(message)), `${name}: ${message}`).toBe(true);
			}
		}
	});
});
