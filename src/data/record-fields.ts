import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentColumns, readInterfaceDocs, type FieldDoc } from '../lib/field-docs.ts';
import { comparisonPairs } from './comparisons.ts';
import { COMPARISON_COLUMNS, INDICATOR_COLUMNS, indicatorRecordCount, ITEM_COLUMNS, itemRecordCount, PLAN_COLUMNS, planRecords, TOPIC_COLUMNS, topicRecords } from './records.ts';

/**
 * The module whose field comments document the open data. Its source is read from the repository
 * (the build's working directory, as content/ is in src/content-root.ts): interfaces and their
 * comments do not exist at run time.
 */
export const RECORDS_SOURCE_PATH = 'src/data/records.ts';

const source = readFileSync(resolve(process.cwd(), RECORDS_SOURCE_PATH), 'utf8');

/** One downloadable data set of dist/data/: its JSON and CSV files and the meaning of each column. */
export interface DataSet {
	/** File name without extension: plans, items, indicators, topics. */
	name: string;
	/** What one record is, in Chinese (文件, 条目 …). */
	label: string;
	/** How many records the files hold. */
	count: number;
	/** The columns, in CSV order, each with its meaning. */
	fields: FieldDoc[];
}

/** Every data set, in the order the open data page lists them. */
export const dataSets: DataSet[] = [
	{ name: 'plans', label: '文件', count: planRecords.length, fields: documentColumns(readInterfaceDocs(source, 'PlanRecord'), PLAN_COLUMNS, 'PlanRecord') },
	{ name: 'items', label: '条目', count: itemRecordCount, fields: documentColumns(readInterfaceDocs(source, 'ItemRecord'), ITEM_COLUMNS, 'ItemRecord') },
	{ name: 'indicators', label: '指标（目标值）', count: indicatorRecordCount, fields: documentColumns(readInterfaceDocs(source, 'IndicatorRecord'), INDICATOR_COLUMNS, 'IndicatorRecord') },
	{ name: 'comparisons', label: '比较', count: comparisonPairs.length, fields: documentColumns(readInterfaceDocs(source, 'ComparisonRecord'), COMPARISON_COLUMNS, 'ComparisonRecord') },
	{ name: 'topics', label: '主题', count: topicRecords.length, fields: documentColumns(readInterfaceDocs(source, 'TopicRecord'), TOPIC_COLUMNS, 'TopicRecord') },
];
