import { gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { chunkStartsOfMeta } from '../../../scripts/lib/pagefind-files.ts';

const metaFile = (meta: unknown, signature = 'pagefind_dcd') => gzipSync(Buffer.concat([Buffer.from(signature), Buffer.from(encode(meta))]));

describe('chunkStartsOfMeta', () => {
	it('reads where each index chunk starts, in order', () => {
		const chunks = [['+', 'd', 'zh-cn_1'], ['drg', 'q', 'zh-cn_2'], ['qa', 'zz', 'zh-cn_3']];
		expect(chunkStartsOfMeta(metaFile(['1.6.0', [['zh-cn_p', 10, '']], chunks, [], [], []]))).toEqual(['+', 'drg', 'qa']);
	});

	it('fails with the reason on a layout it does not know', () => {
		expect(() => chunkStartsOfMeta(metaFile(['9.0.0', [], { chunks: [] }]))).toThrow(/与 9\.0\.0 版不同.*pagefind/);
		expect(() => chunkStartsOfMeta(metaFile(['9.0.0', [], [['a', 'b']]]))).toThrow(/格式/);
	});

	it('fails on a file without the Pagefind signature', () => {
		expect(() => chunkStartsOfMeta(metaFile([], 'something_el'))).toThrow(/签名/);
	});
});
