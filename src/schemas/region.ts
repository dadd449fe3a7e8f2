import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/** Administrative levels of a region: 省, 市 (prefecture level), 区 or 县 (county level). */
export const REGION_LEVELS = ['省', '市', '区', '县'] as const;

/**
 * One entry of content/regions.yaml. The national list (src/lib/regions) already has every
 * province, city and county with its name, level and parent; an entry pins the id of one of them
 * (its code), overrides what the list says, or adds a region the list lacks (code null, or a code
 * newer than the list), which then needs its name and level.
 */
export const RegionSchema = z
	.object({
		/** ASCII id used in file paths and URLs, e.g. qinhuangdao. */
		id: IdSchema,
		/** Six-digit administrative division code (行政区划代码) of the division meant, or null for a region outside the national list. Default null. */
		code: z
			.string()
			.regex(/^\d{6}$/, { error: 'code 必须是六位行政区划代码：例如 130300，不知道就写 null' })
			.nullable()
			.default(null),
		/** Chinese name as used officially, e.g. 秦皇岛市. Default: the national list's name; required without a code. */
		name: z.string().trim().min(1, { error: 'name 不能为空：请填写地区的中文名称' }).optional(),
		/** Administrative level: 省, 市, 区 or 县. Default: the national list's level; required without a code. */
		level: z.enum(REGION_LEVELS, { error: `level 不是已知的行政级别：请写 ${REGION_LEVELS.join('、')} 之一` }).optional(),
		/** Id of the enclosing region (of the national list or of regions.yaml), or null for a province. Default: the national list's parent; null without a code. */
		parent: IdSchema.nullable().optional(),
	})
	.superRefine((region, context) => {
		if (region.code !== null) return;
		// A region outside the national list has no name or level to fall back on: the same message as any missing field.
		for (const field of ['name', 'level'] as const) {
			if (region[field] === undefined) context.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: [field], message: `缺少 ${field}` });
		}
	});

export type Region = z.infer<typeof RegionSchema>;
