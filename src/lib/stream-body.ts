/**
 * The open data files as streamed response bodies. Astro writes an endpoint's body to dist/ in
 * one piece, but a body made as one string first held the file in memory twice more: the string
 * and its UTF-8 copy, and for CSV every line apart as well. At 10,000 plans, writing items.json
 * and items.csv was the peak of the whole build. Streamed, only the encoded bytes add up.
 */
import { csvPieces, type CsvValue } from './csv.ts';
import { inPieces } from './in-pieces.ts';

/** Records per piece of {@link jsonArrayPieces}: few pieces, none of them large. */
const RECORDS_PER_PIECE = 1000;

/**
 * @param records the records (an array, or a generator that makes them as they are read)
 * @param recordsPerPiece records per piece
 * @yields JSON.stringify of the records as an array, piece by piece
 */
export function* jsonArrayPieces(records: Iterable<unknown>, recordsPerPiece = RECORDS_PER_PIECE): Generator<string> {
	yield '[';
	let first = true;
	for (const piece of inPieces(records, recordsPerPiece)) {
		yield `${first ? '' : ','}${piece.map((record) => JSON.stringify(record) ?? 'null').join(',')}`;
		first = false;
	}
	yield ']';
}

/**
 * @param pieces text, piece by piece
 * @returns a stream of its UTF-8 bytes that makes each piece only when it is read
 */
export function streamOf(pieces: Iterable<string>): ReadableStream<Uint8Array> {
	const iterator = pieces[Symbol.iterator]();
	const encoder = new TextEncoder();
	return new ReadableStream({
		pull(controller) {
			const next = iterator.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
	});
}

/**
 * @param records the records (an array, or a generator that makes them as they are read)
 * @returns a response whose body is the records as a JSON array, streamed
 */
export function jsonResponse(records: Iterable<unknown>): Response {
	return new Response(streamOf(jsonArrayPieces(records)), { headers: { 'Content-Type': 'application/json' } });
}

/**
 * @param columns the column names, in order
 * @param rows the records (an array, or a generator that makes them as they are read)
 * @returns a response whose body is the records as CSV (csv.ts), streamed
 */
export function csvResponse<Row extends Record<string, CsvValue>>(columns: readonly (keyof Row & string)[], rows: Iterable<Row>): Response {
	return new Response(streamOf(csvPieces(columns, rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
