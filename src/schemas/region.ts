import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/** Administrative levels of a region. */
export const REGION_LEVELS = ['省', '市', '区', '县'] as const;

/** One region of content/regions.yaml. */
export const RegionSchema = z.object({
	/** ASCII id used in file paths and URLs, e.g. qinhuangdao. */
	id: IdSchema,
	/** Chinese name as used officially, e.g. 秦皇岛市. */
	name: z.string().trim().min(1, { error: 'name 不能为空：请填写地区的中文名称' }),
	/** Administrative level: 省, 市, 区 or 县. */
	level: z.enum(REGION_LEVELS, { error: `level 不是已知的行政级别：请写 ${REGION_LEVELS.join('、')} 之一` }),
	/** Id of the enclosing region, or null for a province. Default null. */
	parent: IdSchema.nullable().default(null),
	/** Six-digit administrative division code (行政区划代码), or null when not known. Default null. */
	code: z
		.string()
		.regex(/^\d{6}$/, { error: 'code 必须是六位行政区划代码：例如 130300，不知道就写 null' })
		.nullable()
		.default(null),
});

export type Region = z.infer<typeof RegionSchema>;
