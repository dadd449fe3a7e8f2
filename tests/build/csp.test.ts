import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { displayModeInlineScript } from '../../src/lib/display-mode.ts';

const dist = inject('fixtureDist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();

/** Script types a browser runs; a Pagefind result template (text/pagefind-template) is data. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

describe.each(pages)('%s', (file) => {
	const html = readFileSync(join(dist, file), 'utf8');
	const root = parse(html);
	const meta = root.querySelector('meta[http-equiv="content-security-policy"]');
	const policy = new Map(
		(meta?.getAttribute('content') ?? '')
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((part) => part[0])
			.map(([name, ...values]) => [name, values]),
	);
	const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

	it('carries the CSP meta in <head>, before any script', () => {
		expect(meta?.parentNode.tagName).toBe('HEAD');
		const firstScript = html.search(/<script[\s>]/);
		expect(firstScript === -1 || html.indexOf('http-equiv="content-security-policy"') < firstScript).toBe(true);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
	});

	it('runs the display-mode script first, inline in <head>, so the reader’s 大字 and 高对比 apply before the first paint', () => {
		const first = root.querySelector('script');
		expect(first?.parentNode.tagName).toBe('HEAD');
		expect(first?.rawText).toBe(displayModeInlineScript());
	});

	it('allows its inline scripts and styles by hash, never by unsafe-inline', () => {
		expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
		for (const script of root.querySelectorAll('script:not([src])')) {
			if (!EXECUTABLE.has(script.getAttribute('type') ?? '')) continue;
			expect(policy.get('script-src')).toContain(sha256(script.rawText));
		}
		for (const style of root.querySelectorAll('style')) expect(policy.get('style-src')).toContain(sha256(style.rawText));
	});

	it('has no event handler or style attributes, which the policy would block', () => {
		const offending = root.querySelectorAll('*').flatMap((element) =>
			Object.keys(element.attributes).filter((name) => /^on/i.test(name) || name.toLowerCase() === 'style').map((name) => `<${element.tagName.toLowerCase()} ${name}>`),
		);
		expect(offending).toEqual([]);
	});
});
