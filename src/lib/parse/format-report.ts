import { QUALITY_FLAGS } from '../quality-flags.ts';
import { describeProvenance } from './provenance.ts';
import type { ImportReport } from './types.ts';

/** Chinese names of front matter fields, for the report. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
	region: '地区',
	agency: '发布机构',
	year: '年份',
	published: '发布日期',
	index_no: '索引号',
	doc_no: '文号',
	disclosure: '公开方式',
	subject_class: '主题分类',
};

/** Shortens a long removed line so that the report stays readable. */
function excerpt(text: string, limit = 60): string {
	// Control characters would garble the terminal: show them as code points.
	const visible = text.replace(
		/[\u0000-\u001f\u007f\ufffd]/g,
		(char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
	);
	return visible.length > limit ? `${visible.slice(0, limit)}…` : visible;
}

/**
 * Writes the import report for staff, in Chinese: the files written with what was found and not
 * found, every quality flag, and every piece of text that is not in a body, with its line number.
 * @param report the importer's report
 * @param outDir the output directory as the editor typed it, to show full paths
 * @returns the report text, one item a line
 */
export function formatImportReport(report: ImportReport, outDir = ''): string {
	const prefix = outDir === '' ? '' : `${outDir.replace(/\/+$/, '')}/`;
	const lines = [`导入报告：${report.sourceName}`, ''];
	lines.push(
		report.documents.length === 0 ? '未写入任何文件。' : `写入文件 ${report.documents.length} 个：`,
	);
	for (const document of report.documents) {
		const { metadata } = document;
		lines.push(
			'',
			`■ ${prefix}${document.path}`,
			`  标题：${metadata.title}（${metadata.kind}），编号标题 ${document.headings} 个`,
			`  ${prefix}${document.path}: ${describeProvenance(document.provenance)}`,
		);
		const found = Object.keys(FIELD_NAMES)
			.filter((field) => !document.missing.includes(field))
			.map((field) => `${FIELD_NAMES[field]} ${String(metadata[field as keyof typeof metadata])}`);
		lines.push(`  已识别：${found.length > 0 ? found.join('；') : '无'}`);
		lines.push(
			`  未识别（留空，请核对后填写）：${document.missing.map((field) => FIELD_NAMES[field]).join('、') || '无'}`,
		);
		if (metadata.notice)
			lines.push(`  印发通知：已写入 notice（${metadata.notice.split('\n').length} 行）`);
		if (document.flags.length === 0) lines.push('  质量标记：无');
		for (const flag of document.flags) {
			lines.push(`  ⚑ ${flag.code}（${QUALITY_FLAGS[flag.code]}）：${flag.note}`);
		}
	}
	if (report.removals.length > 0) {
		lines.push('', `未写入正文的原文内容 ${report.removals.length} 处（行号为原文行号）：`);
		for (const removal of report.removals) {
			const scope = removal.wholeLine ? '整行' : '片段';
			lines.push(`  第${removal.line}行 [${removal.reason}，${scope}] ${excerpt(removal.text)}`);
		}
	}
	if (report.notes.length > 0) {
		lines.push('', '其他说明：', ...report.notes.map((note) => `  · ${note}`));
	}
	return `${lines.join('\n')}\n`;
}
