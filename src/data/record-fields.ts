import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentColumns, readInterfaceDocs, type FieldDoc } from '../lib/field-docs.ts';
import { ITEM_COLUMNS, PLAN_COLUMNS } from './records.ts';

/**
 * The module whose field comments document the open data. Its source is read from the repository
 * (the build's working directory, as content/ is in src/content-root.ts): interfaces and their
 * comments do not exist at run time.
 */
export const RECORDS_SOURCE_PATH = 'src/data/records.ts';

const source = readFileSync(resolve(process.cwd(), RECORDS_SOURCE_PATH), 'utf8');

/** The columns of plans.json and plans.csv, in the order of PLAN_COLUMNS, each with its meaning. */
export const planFieldDocs: FieldDoc[] = documentColumns(readInterfaceDocs(source, 'PlanRecord'), PLAN_COLUMNS, 'PlanRecord');

/** The columns of items.json and items.csv, in the order of ITEM_COLUMNS, each with its meaning. */
export const itemFieldDocs: FieldDoc[] = documentColumns(readInterfaceDocs(source, 'ItemRecord'), ITEM_COLUMNS, 'ItemRecord');
