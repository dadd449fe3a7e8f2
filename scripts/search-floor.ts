/**
 * `npm run probe:floor -- [--dist <dir>] [--also <dir>]… [--queries <n>] [--pause <ms>]`: times
 * bare pages that search the built site's index with Pagefind and do nothing else, next to the
 * search page, for the first n of the probe's queries (scripts/lib/search-floor.ts); each --also
 * is another build of the same content (say, of the previous commit) whose search page takes
 * its turns too; --pause waits that long between filling the box and Enter in the later search.
 * Prints a Markdown table of medians with each page's ratio to the floor, then one JSON line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { floorPages, probeFloor, summariseFloor } from './lib/search-floor.ts';
import { PROBE_QUERIES } from './lib/search-probe.ts';
import { serveStaticInThread } from './lib/static-server.ts';

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, also: { type: 'string', multiple: true, default: [] }, queries: { type: 'string', default: '14' }, pause: { type: 'string', default: '0' } },
});
const dist = resolve(values.dist ?? 'dist');
const queries = PROBE_QUERIES.slice(0, Number(values.queries));
const server = await serveStaticInThread(dist, floorPages(dist, queries));
const otherServers = await Promise.all((values.also ?? []).map(async (folder) => ({ name: folder, server: await serveStaticInThread(resolve(folder)) })));
const browser = await launchChromium();
try {
	const pauseMs = Number(values.pause);
	const others = otherServers.map(({ name, server: other }) => ({ name, url: other.url }));
	const summary = summariseFloor(await probeFloor(browser, server.url, queries, pauseMs, others));
	const [floor] = summary;
	const ratio = (ms: number, floorMs: number) => (floorMs > 0 ? (ms / floorMs).toFixed(2) : '—');
	console.log(`${queries.length} 个查询的中位数（ms），括号内为与第一行（只用 Pagefind 的空白页）之比；下一查询在填入后${pauseMs > 0 ? `停 ${pauseMs} ms 再` : '立即'}回车`);
	console.log('| 页面 | 首次（粘贴即回车） | 聚焦 1 秒后 | 下一查询 | 直接打开 ?q= |');
	console.log('| --- | ---: | ---: | ---: | ---: |');
	for (const row of summary) {
		console.log(`| ${row.page} | ${row.firstMs} (${ratio(row.firstMs, floor.firstMs)}) | ${row.focusedMs} (${ratio(row.focusedMs, floor.focusedMs)}) | ${row.laterMs} (${ratio(row.laterMs, floor.laterMs)}) | ${row.arrivalMs} (${ratio(row.arrivalMs, floor.arrivalMs)}) |`);
	}
	console.log(JSON.stringify(summary));
} finally {
	await browser.close();
	await server.close();
	for (const { server: other } of otherServers) await other.close();
}
