import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './paths.ts';

/**
 * The sources of every message the content check prints: the check itself, the region and topic
 * checks it calls, and the schemas, whose Chinese `error`/`message` texts the check shows up to
 * their first `：` (what follows is the fix, src/lib/check/describe-issue.ts).
 */
export const CHECK_MESSAGE_SOURCES = {
	check: [
		'src/lib/check/check-plan.ts',
		'src/lib/check/check-list-file.ts',
		'src/lib/check/describe-issue.ts',
		'src/lib/check/numbering.ts',
		'src/lib/check/same-url.ts',
		'src/lib/check/unsafe-markup.ts',
		'src/lib/check/unsafe-markup-in-file.ts',
		'src/lib/regions/check-regions-file.ts',
		'src/lib/regions/merge-regions.ts',
		'src/lib/topics/overrides.ts',
		'scripts/lib/check-content-root.ts',
	],
	schemas: ['src/schemas/common.ts', 'src/schemas/plan.ts', 'src/schemas/region.ts', 'src/schemas/topic.ts', 'src/schemas/topic-override.ts', 'src/schemas/indicator.ts'],
	yamlReasons: 'src/lib/check/yaml-error.ts',
} as const;

/** One message as the source writes it, with `…` for each value filled in. */
export interface MessageTemplate {
	/** The message, e.g. 未知的地区“…”. */
	text: string;
	/** Where it is written, file:line. */
	at: string;
}

/**
 * @param node an expression that builds a message
 * @returns each text it can be, with `…` for the values put in (both branches of a `?:`)
 */
function texts(node: ts.Expression): string[] {
	if (ts.isParenthesizedExpression(node)) return texts(node.expression);
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
	if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('')];
	if (ts.isConditionalExpression(node)) return [...texts(node.whenTrue), ...texts(node.whenFalse)];
	return ['…'];
}

function walk(file: string, visit: (node: ts.Node, source: ts.SourceFile) => void): void {
	const source = ts.createSourceFile(file, readFileSync(join(REPO_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
	const go = (node: ts.Node) => {
		visit(node, source);
		ts.forEachChild(node, go);
	};
	go(source);
}

const at = (file: string, source: ts.SourceFile, node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

/**
 * Reads every message the content check can print from its sources, as the source writes it: the
 * `message` of each problem and the second argument of each `report(line, message, fix)`; from the
 * schemas, each Chinese `error`/`message` up to its first `：`; and the Chinese readings of YAML
 * errors. The table of .github/CONTRIBUTING.md must have a row for each.
 * @returns the templates, without repeats
 */
export function readCheckMessageTemplates(): MessageTemplate[] {
	const found = new Map<string, MessageTemplate>();
	const add = (text: string, where: string) => {
		if (/\p{Script=Han}/u.test(text) && !found.has(text)) found.set(text, { text, at: where });
	};
	for (const file of CHECK_MESSAGE_SOURCES.check) {
		walk(file, (node, source) => {
			if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'message') for (const text of texts(node.initializer)) add(text, at(file, source, node));
			if (ts.isCallExpression(node) && node.expression.getText(source) === 'report' && node.arguments.length === 3) for (const text of texts(node.arguments[1])) add(text, at(file, source, node));
		});
	}
	for (const file of CHECK_MESSAGE_SOURCES.schemas) {
		walk(file, (node, source) => {
			if (ts.isPropertyAssignment(node) && ['error', 'message'].includes(node.name.getText(source))) for (const text of texts(node.initializer)) add(text.split('：')[0], at(file, source, node));
		});
	}
	walk(CHECK_MESSAGE_SOURCES.yamlReasons, (node, source) => {
		if (ts.isArrayLiteralExpression(node) && node.elements.length === 2 && node.elements.every((element) => ts.isStringLiteral(element))) add((node.elements[1] as ts.StringLiteral).text, at(CHECK_MESSAGE_SOURCES.yamlReasons, source, node));
	});
	return [...found.values()];
}
