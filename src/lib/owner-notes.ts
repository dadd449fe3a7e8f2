/**
 * Owner notes name the office responsible for an item, e.g. （责任科室：中医科） or
 * （牵头单位：区卫生健康局；配合单位：区医保局）. They stay in the item's text where the source put
 * them; the site only marks them up and lists the owner on the item.
 */
const OWNER_NOTE = /[（(]((?:责任|牵头|配合|主责|承办)(?:科室|单位|处室|部门)|责任人)[：:]([^（）()]{1,80})[）)]/g;

/** One owner note found in a text. */
export interface OwnerNote {
	/** Offset of the opening bracket. */
	start: number;
	/** Offset after the closing bracket. */
	end: number;
	/** The note's role, e.g. 责任科室. */
	role: string;
	/** Who is named, as written, e.g. 中医科. */
	owner: string;
}

/**
 * Finds the owner notes in a text.
 * @param text an item's text
 * @returns the notes in order of appearance
 */
export function findOwnerNotes(text: string): OwnerNote[] {
	return [...text.matchAll(OWNER_NOTE)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		role: match[1],
		owner: match[2].trim(),
	}));
}

/**
 * @param text an item's text
 * @returns the text without its owner notes: what the item says, not who does it (an office
 *   named 基层卫生科 does not put an item into 基层卫生)
 */
export function withoutOwnerNotes(text: string): string {
	return text.replace(OWNER_NOTE, '');
}
