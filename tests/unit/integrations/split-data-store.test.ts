import { describe, expect, it } from 'vitest';
import { splitStoreLiteral } from '../../../src/integrations/split-data-store.ts';

/** Evaluates a module body of the form `export default <expression>` and returns the value. */
const defaultExport = (code: string): unknown => new Function(`return ${code.replace(/^export default /, '')}`)();

describe('splitStoreLiteral', () => {
	const store = JSON.stringify([{ id: 'guangdong/2024', body: '<p>推进“互联网+医疗健康”，😀 \\ "引号"</p>'.repeat(20) }]);
	const single = `export default JSON.parse(${JSON.stringify(store)})`;

	it('cuts the store into literals of at most the given length that parse to the same value', () => {
		const split = splitStoreLiteral(single, 7);
		expect(split).not.toBeNull();
		expect(defaultExport(split!)).toEqual(JSON.parse(store));
		const literals = split!.split('\n').slice(1, -1);
		expect(literals.length).toBe(Math.ceil(store.length / 7));
		for (const literal of literals) expect((JSON.parse(literal.replace(/,$/, '')) as string).length).toBeLessThanOrEqual(7);
	});

	it('keeps a character outside the BMP whole when a cut falls between its two halves', () => {
		const text = JSON.stringify(['a😀b']);
		// The emoji's halves are at positions 3 and 4: a cut after 4 code units splits them.
		const split = splitStoreLiteral(`export default JSON.parse(${JSON.stringify(text)})`, 4)!;
		expect(defaultExport(split)).toEqual(['a😀b']);
	});

	it('leaves a store that fits one part, an empty store and the chunked form alone', () => {
		expect(splitStoreLiteral(single, store.length)).toBeNull();
		expect(splitStoreLiteral('export default new Map()')).toBeNull();
		expect(splitStoreLiteral('export default{"plans":[(await import("astro:data-layer-content-chunk:a.json"))]}')).toBeNull();
	});
});
