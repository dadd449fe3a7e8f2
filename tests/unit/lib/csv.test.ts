import { describe, expect, it } from 'vitest';
import { encodeCsvField, toCsv } from '../../../src/lib/csv.ts';

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

describe('toCsv', () => {
	it('starts with a BOM and a header row and ends lines with CRLF', () => {
		expect(toCsv(['id', 'year'], [{ id: 'x', year: 2019 }, { id: 'y', year: null }])).toBe('\uFEFFid,year\r\nx,2019\r\ny,\r\n');
	});
});
