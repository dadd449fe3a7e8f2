/**
 * Known quality flags of a plan. Each flag in front matter names one of these codes and carries
 * a note that says what exactly is wrong in this document. The label is what visitors see.
 */
export const QUALITY_FLAGS = {
	'compilation-part': '本文取自多篇文稿的汇编，是其中一篇',
	'agency-mismatch': '标题所称机关与正文所述机关不一致，发布机构按正文认定',
	'placeholder-year': '原文年份为占位符（如“xxxx年”“20xx年”），年份不详',
	'placeholder-name': '原文地名或单位名为占位符（如“xx区”“***”）',
	'spam-removed': '原文夹带与正文无关的广告或引流文字，已删除',
	'no-disclosure-metadata': '原文未附发布机构、发布日期等公开信息',
	'date-without-separators': '原文日期缺少分隔符（如“2019412”），已按其他信息核对或留空',
	'title-cut-guessed': '部分条目原文缺少句号，条目标题为自动截断，请核对',
	'numbering-gap': '原文编号不连续',
	'numbering-restart': '原文编号在同一层级中重新开始',
	'year-from-body': '年份取自正文所述，原标题未写明',
	'truncated-source': '原文不完整或被截断',
	'merged-bodies': '正文疑由多篇不同机关的文稿拼接而成',
} as const;

export type QualityFlagCode = keyof typeof QUALITY_FLAGS;

export const QUALITY_FLAG_CODES = Object.keys(QUALITY_FLAGS) as [QualityFlagCode, ...QualityFlagCode[]];
