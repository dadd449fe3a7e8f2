import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentColumns, readInterfaceDocs, readStringArrayConst } from '../../../src/lib/field-docs.ts';

const SOURCE = `
/** Not this one. */
export interface Other { a: string }

/** A record. */
export interface Sample {
	/** 编号。 */
	id: string;
	/**
	 * 年份；不详时为 null。
	 * @default null
	 */
	year: number | null;
	'quoted-name': string;
	[key: string]: unknown;
}

export const COLUMNS = ['id', 'year'] as const satisfies readonly (keyof Sample)[];
`;

describe('readInterfaceDocs', () => {
	it('lists the properties in order with their JSDoc text, tags left out', () => {
		expect(readInterfaceDocs(SOURCE, 'Sample')).toEqual([
			{ name: 'id', doc: '编号。' },
			{ name: 'year', doc: '年份；不详时为 null。' },
			{ name: 'quoted-name', doc: '' },
		]);
	});

	it('throws for an interface the module does not declare', () => {
		expect(() => readInterfaceDocs(SOURCE, 'Missing')).toThrow('Missing');
	});
});

describe('readStringArrayConst', () => {
	it('reads an array of strings through as const and satisfies', () => {
		expect(readStringArrayConst(SOURCE, 'COLUMNS')).toEqual(['id', 'year']);
	});

	it('throws for a constant that is not such an array', () => {
		expect(() => readStringArrayConst('export const N = 3;', 'N')).toThrow('N');
		expect(() => readStringArrayConst(SOURCE, 'MISSING')).toThrow('MISSING');
	});
});

describe('documentColumns', () => {
	const fields = readInterfaceDocs(SOURCE, 'Sample');

	it('returns the docs in the order of the columns', () => {
		expect(documentColumns(fields, ['year', 'id'], 'Sample').map((field) => field.name)).toEqual(['year', 'id']);
	});

	it('refuses a column without a doc, naming every one', () => {
		expect(() => documentColumns(fields, ['id', 'quoted-name', 'absent'], 'Sample')).toThrow('quoted-name、absent');
	});
});

describe('the open data records (src/data/records.ts)', () => {
	const source = readFileSync(new URL('../../../src/data/records.ts', import.meta.url), 'utf8');

	it.each([
		['PlanRecord', 'PLAN_COLUMNS'],
		['ItemRecord', 'ITEM_COLUMNS'],
	])('documents every column of %s that the data page lists', (record, columns) => {
		const docs = documentColumns(readInterfaceDocs(source, record), readStringArrayConst(source, columns), record);
		expect(docs.length).toBeGreaterThan(0);
		for (const { doc } of docs) expect(doc).toMatch(/\p{Script=Han}/u);
	});
});
