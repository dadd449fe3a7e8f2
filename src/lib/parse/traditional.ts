/**
 * Reposting sites sometimes convert a page to traditional characters (關於印發…規劃, 湘衛發〔2022〕3號).
 * The importer keeps the text as written, but its patterns (notice titles, kind words, document
 * numbers) are written in simplified characters; they are matched against this folded copy. The
 * fold maps one character to one character, so positions found in the copy are positions in the
 * original.
 */
const FOLD: Readonly<Record<string, string>> = {
	關: '关',
	於: '于',
	發: '发',
	號: '号',
	劃: '划',
	計: '计',
	總: '总',
	結: '结',
	點: '点',
	報: '报',
	職: '职',
	規: '规',
	衛: '卫',
	醫: '医',
	療: '疗',
	務: '务',
	體: '体',
	係: '系',
	廳: '厅',
	辦: '办',
	會: '会',
	員: '员',
	區: '区',
	縣: '县',
	議: '议',
	講: '讲',
	話: '话',
	檢: '检',
	項: '项',
	開: '开',
	稱: '称',
	題: '题',
	機: '机',
	構: '构',
	單: '单',
	間: '间',
	時: '时',
	來: '来',
	類: '类',
	書: '书',
};

/**
 * Folds the traditional characters the importer's patterns care about into simplified ones.
 * @param text any text
 * @returns the text with the same length, traditional characters folded
 */
export function foldTraditional(text: string): string {
	let folded = '';
	for (const char of text) folded += FOLD[char] ?? char;
	return folded;
}
