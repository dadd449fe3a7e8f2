import { readdirSync, readFileSync } from 'node:fs';

/**
 * Sums the resident memory of a process and all its descendants, from /proc (Linux only). An Astro
 * build is a Node process that starts Pagefind's own binary as a child, so the peak of the whole
 * tree is what a build machine must hold; `time -v` reports only the largest single process.
 * Shared pages (the node binary, libraries) count once per process, so the sum errs high.
 * @param rootPid the process at the top of the tree
 * @returns resident bytes of the tree, 0 when the process is gone
 */
export function readTreeRssBytes(rootPid: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readProc(`/proc/${name}/stat`);
		// The command name (field 2) may contain spaces and parentheses; ppid is the 2nd field after it.
		const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
		if (Number.isNaN(ppid)) continue;
		children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
	}
	let total = 0;
	for (const pending = [rootPid]; pending.length > 0; ) {
		const pid = pending.pop() as number;
		const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readProc(`/proc/${pid}/status`) ?? '')?.[1];
		total += Number(kilobytes ?? 0) * 1024;
		pending.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** A running peak-memory sampler. */
export interface RssSampler {
	/** Stops sampling. @returns the highest tree RSS seen, in bytes */
	stop(): number;
}

/**
 * Samples {@link readTreeRssBytes} at a fixed interval and keeps the peak. A short peak between two
 * samples is missed, so the result is a lower bound at the interval's resolution.
 * @param rootPid the process at the top of the tree
 * @param intervalMs time between samples
 * @returns the sampler
 */
export function sampleTreeRss(rootPid: number, intervalMs = 200): RssSampler {
	let peak = 0;
	const sample = () => {
		peak = Math.max(peak, readTreeRssBytes(rootPid));
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return peak;
		},
	};
}

/** Reads a /proc file of a process that may exit at any moment. */
function readProc(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}
