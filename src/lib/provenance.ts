/**
 * Where a published text comes from, as far as the text shows. The id is what front matter
 * holds; the label and description are what visitors see; `official` says whether the text counts
 * among the bureaus' disclosures (home-page counts, 最新收录, the main lists). Order is the display
 * order.
 */
export const PROVENANCES = [
	{
		id: 'official',
		label: '官方发布',
		description: '发布机关在政府网站上公开的原文',
		official: true,
	},
	{
		id: 'reprint',
		label: '转载',
		description: '正式文本，但取自其他网站或未注明出处，未能与发布机关网站上的原文核对',
		official: true,
	},
	{
		id: 'unofficial',
		label: '非官方文本',
		description: '范文网站的汇编或范文，不是任何机关公开的文件：内容可能拼接自不同单位的材料，仅供参考',
		official: false,
	},
] as const satisfies readonly { id: string; label: string; description: string; official: boolean }[];

export type Provenance = (typeof PROVENANCES)[number]['id'];

export const PROVENANCE_IDS = PROVENANCES.map((provenance) => provenance.id) as [Provenance, ...Provenance[]];

/**
 * @param id a provenance id
 * @returns its label, description and whether it counts as a bureau's disclosure
 */
export function provenanceOf(id: Provenance): (typeof PROVENANCES)[number] {
	return PROVENANCES.find((provenance) => provenance.id === id) ?? PROVENANCES[PROVENANCES.length - 1];
}

/**
 * @param id a provenance id
 * @returns whether a text of this provenance is a bureau's disclosure (official or reprinted)
 */
export function isOfficialText(id: Provenance): boolean {
	return provenanceOf(id).official;
}

/**
 * The tag lists show after the title of a text other than the agency's own publication (the
 * plain case needs none). Pages built as strings (topic pages) and components share it.
 * @param id a provenance id
 * @returns the tag's HTML, or an empty string for an official publication
 */
export function provenanceTagHtml(id: Provenance): string {
	if (id === 'official') return '';
	const { label, description } = provenanceOf(id);
	return `<span class="tag tag--${id}" title="${description}">${label}</span>`;
}

/** What the 来源 box needs of a plan's source (the front matter's `source`). */
export interface SourceFacts {
	title: string | null;
	part: number | null;
	parts: number | null;
}

/**
 * Where a text came from, in words for the public: the kind of source, and for a part of a
 * compilation which compilation and which part. Internal file names are never part of it.
 * @param provenance the plan's provenance
 * @param source the plan's source facts
 * @returns one sentence
 */
export function originInWords(provenance: Provenance, source: SourceFacts): string {
	const position = source.part === null ? '' : `第 ${source.part} 篇${source.parts === null ? '' : `（共 ${source.parts} 篇）`}`;
	const compilation = source.title ? `《${source.title}》` : '';
	if (provenance === 'unofficial') {
		return position || compilation
			? `取自范文网站的汇编${compilation}${position}，不是任何机关公开的文件；内容可能拼接自不同单位的材料，仅供参考。`
			: `${provenanceOf(provenance).description}。`;
	}
	const whole = position ? `汇编${compilation}中的${position}` : '';
	return `${provenanceOf(provenance).description}${whole ? `；本文是${whole}` : ''}。`;
}
