import { describe, expect, it } from 'vitest';
import { csvResponse, jsonArrayPieces, jsonResponse, streamOf } from '../../../src/lib/stream-body.ts';

const records = [{ id: 'a', text: '家庭医生签约', list: ['x', 'y'] }, { id: 'b', text: null }, { id: 'c', text: '"引号"\n换行' }];

describe('jsonArrayPieces', () => {
	it('gives exactly JSON.stringify of the records, in pieces of any size', () => {
		for (const size of [1, 2, 3, 1000]) expect([...jsonArrayPieces(records, size)].join('')).toBe(JSON.stringify(records));
		expect([...jsonArrayPieces(records, 2)]).toHaveLength(4);
	});

	it('writes an empty array for no records', () => {
		expect([...jsonArrayPieces([])].join('')).toBe('[]');
	});
});

describe('streamOf', () => {
	it('streams the UTF-8 bytes of the pieces, making each only when it is read', async () => {
		const made: string[] = [];
		const pieces = function* () {
			for (const piece of ['医', '共', '体']) {
				made.push(piece);
				yield piece;
			}
		};
		const stream = streamOf(pieces());
		expect(made.length).toBeLessThan(3);
		expect(await new Response(stream).text()).toBe('医共体');
		expect(made).toEqual(['医', '共', '体']);
	});
});

describe('responses', () => {
	it('hold the records as JSON and as CSV', async () => {
		expect(await jsonResponse(records).json()).toEqual(records);
		// Compared as bytes: Response.text() would drop the byte order mark that the file keeps.
		const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csvResponse(['id'], [{ id: 'a' }]).arrayBuffer());
		expect(csv).toBe('\uFEFFid\r\na\r\n');
	});
});
