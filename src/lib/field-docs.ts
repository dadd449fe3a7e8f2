import ts from 'typescript';

/** One property of an interface with its documentation. */
export interface FieldDoc {
	/** The property's name as written. */
	name: string;
	/** The text of its JSDoc comment (tags left out), trimmed; empty when it has none. */
	doc: string;
}

/**
 * Reads the properties of an interface, in source order, with the text of their JSDoc comments,
 * so that documentation written once beside a type can be shown elsewhere (the open data page
 * lists the fields of the published records this way). Index signatures are skipped.
 * @param source the text of a TypeScript module
 * @param interfaceName the name of an interface declared at the module's top level
 * @returns the interface's properties and their docs
 * @throws when the module declares no interface of that name
 */
export function readInterfaceDocs(source: string, interfaceName: string): FieldDoc[] {
	const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true);
	const declaration = file.statements.find(
		(statement): statement is ts.InterfaceDeclaration =>
			ts.isInterfaceDeclaration(statement) && statement.name.text === interfaceName,
	);
	if (!declaration) throw new Error(`没有找到接口 ${interfaceName}`);
	return declaration.members.filter(ts.isPropertySignature).map((member) => ({
		name: propertyName(member.name),
		doc: member
			.getChildren(file)
			.filter(ts.isJSDoc)
			.map((jsDoc) => ts.getTextOfJSDocComment(jsDoc.comment) ?? '')
			.join('\n')
			.trim(),
	}));
}

/**
 * Reads a top-level constant that is an array of string literals (`as const`, `satisfies` and
 * parentheses around it are looked through), such as the column order of a CSV file.
 * @param source the text of a TypeScript module
 * @param constName the constant's name
 * @returns the strings, in order
 * @throws when the module has no such constant, or its value is not an array of string literals
 */
export function readStringArrayConst(source: string, constName: string): string[] {
	const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true);
	const declaration = file.statements
		.filter(ts.isVariableStatement)
		.flatMap((statement) => statement.declarationList.declarations)
		.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === constName);
	let value = declaration?.initializer;
	while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
	if (!value || !ts.isArrayLiteralExpression(value) || !value.elements.every(ts.isStringLiteral)) {
		throw new Error(`${constName} 不是由字符串组成的数组常量`);
	}
	return value.elements.map((element) => (element as ts.StringLiteral).text);
}

/**
 * Picks the docs of the given columns, in the columns' order, and refuses a column without one:
 * a published field whose meaning nobody wrote down must not reach the open data page.
 * @param fields the documented properties (from {@link readInterfaceDocs})
 * @param columns the column names, in order
 * @param what what the columns belong to, for the error message (e.g. PlanRecord)
 * @returns one doc per column
 * @throws listing every column that has no doc
 */
export function documentColumns(fields: readonly FieldDoc[], columns: readonly string[], what: string): FieldDoc[] {
	const byName = new Map(fields.map((field) => [field.name, field]));
	const missing = columns.filter((column) => !byName.get(column)?.doc);
	if (missing.length > 0) throw new Error(`${what} 的这些字段没有说明（请在字段上方写一行 /** … */）：${missing.join('、')}`);
	return columns.map((column) => byName.get(column) as FieldDoc);
}

/** A property name as written: identifier, string or numeric literal. */
function propertyName(name: ts.PropertyName): string {
	return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : name.getText();
}
