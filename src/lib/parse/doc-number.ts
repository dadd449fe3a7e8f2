/**
 * Document numbers (文号) outside a disclosure table: on a line of their own above a notice
 * (湖卫健发〔2023〕1号, 湘衛發〔2022〕3號), with the bracket and 号 lost by the copy
 * (赣市府办字〔2015118), or in parentheses after a title (…工作要点（某卫发〔2023〕1号）).
 */

/** The issuer's code: a few Han characters (湖卫健发, 赣市府办字, 国办发). */
const ISSUER = '\\p{Script=Han}{1,12}';
/** A year between brackets of any width: 〔2023〕 [2023] （2023）. */
const BRACKETED_YEAR = '[〔\\[［（(【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］）)】]';
const DOC_NUMBER = new RegExp(`^${ISSUER}\\s*${BRACKETED_YEAR}\\s*\\d{1,4}\\s*[号號]$`, 'u');
/** The closing bracket and 号 lost: 〔 + year + number. The year's four digits make it certain. */
const BROKEN = new RegExp(`^(${ISSUER})\\s*〔((?:19|20)\\d{2})(\\d{1,4})$`, 'u');
const IN_PARENTHESES = new RegExp(
	`^(.+?)\\s*[（(]\\s*(${ISSUER}\\s*${BRACKETED_YEAR}\\s*\\d{1,4}\\s*[号號])\\s*[）)]$`,
	'u',
);

/** A document number read from a line. */
export interface DocNumber {
	/** The number as the front matter gets it. */
	value: string;
	/** True when the copy lost its closing bracket and 号 and they were put back. */
	repaired: boolean;
}

/**
 * Reads a line that is only a document number.
 * @param text a trimmed line
 * @returns the number, or null when the line is anything else
 */
export function readDocNumberLine(text: string): DocNumber | null {
	if (text.length > 30) return null;
	if (DOC_NUMBER.test(text)) return { value: text, repaired: false };
	const broken = BROKEN.exec(text);
	return broken ? { value: `${broken[1]}〔${broken[2]}〕${broken[3]}号`, repaired: true } : null;
}

/**
 * Splits a title that carries its document number in parentheses:
 * 2023年全市卫生健康工作要点（某卫发〔2023〕1号） → the title and 某卫发〔2023〕1号.
 * @param title a title
 * @returns the title without the number and the number, or null when there is none
 */
export function splitTitleDocNumber(title: string): { title: string; docNo: string } | null {
	const match = IN_PARENTHESES.exec(title);
	return match ? { title: match[1].trim(), docNo: match[2] } : null;
}
