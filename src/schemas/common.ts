import { z } from 'astro/zod';

/** ASCII kebab-case ids for regions and topics: they become file names and URLs. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id 格式不对：只能用小写英文字母、数字和连字符，例如 qinhuangdao' });

/**
 * A calendar date kept as `YYYY-MM-DD` text. YAML turns an unquoted 2019-04-12 into a Date; both
 * forms are accepted and normalised, so the page never shifts it by a time zone.
 */
export const IsoDateSchema = z
	.union([z.date(), z.string()])
	.transform((value, context) => {
		const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
		const date = match ? new Date(`${text}T00:00:00Z`) : null;
		if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
			context.addIssue({
				code: 'custom',
				message: `日期“${text}”无效：请写成 YYYY-MM-DD，例如 2019-04-12；不知道就写 null`,
			});
			return z.NEVER;
		}
		return text;
	});
