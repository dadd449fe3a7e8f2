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

/**
 * Writes records as CSV with a header row. The file starts with a UTF-8 byte order mark so that
 * spreadsheet programs read the Chinese text correctly, and uses CRLF line ends as RFC 4180 says.
 * @param columns the column names, in order
 * @param rows the records
 * @returns the CSV text
 */
export function toCsv<Row extends Record<string, CsvValue>>(
	columns: readonly (keyof Row & string)[],
	rows: readonly Row[],
): string {
	const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => encodeCsvField(row[column])).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
