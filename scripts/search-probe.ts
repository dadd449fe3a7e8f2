/**
 * `npm run probe:search -- [--dist <dir>]`: measures search precision, recall, time to results and
 * bytes for the fixed query list (scripts/lib/search-probe.ts) on a built site (default dist/),
 * served on 127.0.0.1. Prints a Markdown table, then one JSON line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { serveStaticInThread } from './lib/static-server.ts';
import { probeSearch, summariseProbes } from './lib/search-probe.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist ?? 'dist');
const server = await serveStaticInThread(dist);
const browser = await launchChromium();
try {
	const probes = await probeSearch(browser, server.url, dist);
	const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
	console.log('| 查询 | 应有 | 找到 | 精确率 | 召回率 | 首次结果 ms | 聚焦 1 秒后 ms | 首次下载 KB | 下一查询 ms | 从别页到达 ms |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const probe of probes) {
		console.log(`| ${probe.query} | ${probe.expected} | ${probe.found} | ${percent(probe.precision)} | ${percent(probe.recall)} | ${probe.firstResultsMs} | ${probe.focusedResultsMs} | ${((probe.firstSearchBytes ?? 0) / 1024).toFixed(0)} | ${probe.laterResultsMs} | ${probe.arrivalResultsMs} |`);
	}
	console.log(JSON.stringify(summariseProbes(probes)));
} finally {
	await browser.close();
	await server.close();
}
