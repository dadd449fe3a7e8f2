/**
 * Runs a task for the latest state of something that keeps changing (the search box while the
 * visitor types), one run at a time. A call while a run is going on starts nothing; when the run
 * ends, the task runs again if the state has changed meanwhile, so the states in between are
 * skipped and no run waits behind runs for states that are gone.
 * @param readState the current state, or null when there is nothing to run for
 * @param keyOf what makes two states the same
 * @param run the task for one state; a rejection ends the round and reaches the caller
 * @returns asks for a run for the current state; resolves once the runner is idle again
 */
export function runForLatestState<State>(readState: () => State | null, keyOf: (state: State) => string, run: (state: State) => Promise<void>): () => Promise<void> {
	let running = false;
	return async () => {
		if (running) return;
		running = true;
		try {
			for (let lastKey: string | null = null; ; ) {
				const state = readState();
				if (state === null || keyOf(state) === lastKey) return;
				lastKey = keyOf(state);
				await run(state);
			}
		} finally {
			running = false;
		}
	};
}
