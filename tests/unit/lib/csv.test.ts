import { describe, expect, it } from 'vitest';
import { csvPieces, encodeCsvField } from '../../../src/lib/csv.ts';

describe('encodeCsvField', () => {
	it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
		expect(encodeCsvField('甲,乙')).toBe('"甲,乙"');
		expect(encodeCsvField('他说"好"')).toBe('"他说""好"""');
		expect(encodeCsvField('一\n二')).toBe('"一\n二"');
	});

	it('writes null as an empty field and joins lists with ;', () => {
		expect(encodeCsvField(null)).toBe('');
		expect(encodeCsvField(['a', 'b'])).toBe('a;b');
	});
});

describe('csvPieces', () => {
	const rows = [{ id: 'x', year: 2019 }, { id: 'y', year: null }, { id: '甲,乙', year: 2020 }];

	it('starts with a BOM and a header row and ends lines with CRLF', () => {
		expect([...csvPieces(['id', 'year'], rows)].join('')).toBe('\uFEFFid,year\r\nx,2019\r\ny,\r\n"甲,乙",2020\r\n');
	});

	it('gives the same text in pieces of any size, the header first', () => {
		const pieces = [...csvPieces(['id', 'year'], rows, 2)];
		expect(pieces).toEqual(['\uFEFFid,year\r\n', 'x,2019\r\ny,\r\n', '"甲,乙",2020\r\n']);
	});

	it('is only the header for no rows', () => {
		expect([...csvPieces(['id'], [])]).toEqual(['\uFEFFid\r\n']);
	});
});
