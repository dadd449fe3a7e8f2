import { describe, expect, it } from 'vitest';
import { runForLatestState } from '../../../../src/lib/search/latest-state.ts';

/** A task whose runs the test finishes by hand, recording the states it ran for. */
function manualTask() {
	const ran: string[] = [];
	const pending: (() => void)[] = [];
	const run = (state: string) => {
		ran.push(state);
		return new Promise<void>((resolve) => pending.push(resolve));
	};
	const finishNext = async () => {
		pending.shift()?.();
		// Lets the runner read the state again and start its next run, if any.
		await new Promise((resolve) => setTimeout(resolve));
	};
	return { ran, run, finishNext, pending };
}

describe('runForLatestState', () => {
	it('runs once for a state, and again only when the state has changed', async () => {
		let box = 'a';
		const { ran, run, finishNext } = manualTask();
		const ask = runForLatestState(() => box, (state) => state, run);
		const round = ask();
		await finishNext();
		await round;
		expect(ran).toEqual(['a']);
		box = 'ab';
		const next = ask();
		await finishNext();
		await next;
		expect(ran).toEqual(['a', 'ab']);
	});

	it('starts nothing while a run goes on, then runs for the latest state only, skipping those in between', async () => {
		let box = 'a';
		const { ran, run, finishNext, pending } = manualTask();
		const ask = runForLatestState(() => box, (state) => state, run);
		const round = ask();
		for (const typed of ['ab', 'abc', 'abcd']) {
			box = typed;
			await ask();
		}
		expect(ran).toEqual(['a']);
		expect(pending).toHaveLength(1);
		await finishNext();
		expect(ran).toEqual(['a', 'abcd']);
		await finishNext();
		await round;
		expect(ran).toEqual(['a', 'abcd']);
	});

	it('stops when there is nothing to run for, and compares states by their key', async () => {
		let box: { query: string; sort: string } | null = null;
		const { ran, run, finishNext } = manualTask();
		const ask = runForLatestState(() => box, (state) => JSON.stringify(state), (state) => run(state.query));
		await ask();
		expect(ran).toEqual([]);
		box = { query: '医', sort: '' };
		const round = ask();
		box = { query: '医', sort: '' };
		await finishNext();
		await round;
		expect(ran).toEqual(['医']);
	});

	it('passes a failed run on to the caller, and runs again on the next call', async () => {
		let box = 'a';
		let fail = true;
		const ran: string[] = [];
		const ask = runForLatestState(() => box, (state) => state, async (state) => {
			ran.push(state);
			if (fail) throw new Error(`failed ${state}`);
		});
		await expect(ask()).rejects.toThrow('failed a');
		fail = false;
		box = 'b';
		await ask();
		expect(ran).toEqual(['a', 'b']);
	});
});
