import { inPieces } from './in-pieces.ts';

/** A CSV cell value; arrays are joined with “;”. */
export type CsvValue = string | number | boolean | null | readonly (string | number)[];

/**
 * Quotes one CSV field per RFC 4180: fields with a comma, quote or line break are quoted, and
 * quotes are doubled.
 * @param value the cell value
 * @returns the encoded field
 */
export function encodeCsvField(value: CsvValue): string {
	const text = value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows per piece of {@link csvPieces}: few pieces, none of them large. */
const ROWS_PER_PIECE = 1000;

/**
 * Writes records as CSV with a header row, in pieces, so that a large file never has to exist as
 * one string (stream-body.ts). The file starts with a UTF-8 byte order mark so that spreadsheet
 * programs read the Chinese text correctly, and uses CRLF line ends as RFC 4180 says.
 * @param columns the column names, in order
 * @param rows the records (an array, or a generator that makes them as they are read)
 * @param rowsPerPiece rows per piece
 * @yields the CSV text, piece by piece: the header line, then the rows
 */
export function* csvPieces<Row extends Record<string, CsvValue>>(
	columns: readonly (keyof Row & string)[],
	rows: Iterable<Row>,
	rowsPerPiece = ROWS_PER_PIECE,
): Generator<string> {
	yield `\uFEFF${columns.join(',')}\r\n`;
	for (const piece of inPieces(rows, rowsPerPiece)) {
		yield piece.map((row) => `${columns.map((column) => encodeCsvField(row[column])).join(',')}\r\n`).join('');
	}
}
