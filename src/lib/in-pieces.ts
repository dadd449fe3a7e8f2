/**
 * @param records the records, an array or made one by one as they are read (a generator), so
 *   that hundreds of thousands of them never have to exist at once
 * @param size records per piece
 * @yields the records in pieces of `size`
 */
export function* inPieces<Record>(records: Iterable<Record>, size: number): Generator<Record[]> {
	let piece: Record[] = [];
	for (const record of records) {
		piece.push(record);
		if (piece.length === size) {
			yield piece;
			piece = [];
		}
	}
	if (piece.length > 0) yield piece;
}
