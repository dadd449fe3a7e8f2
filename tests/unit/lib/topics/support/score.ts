/** Precision and recall of a multi-label classification. */
export interface Score {
	/** Correct topic assignments / all assignments made. */
	precision: number;
	/** Correct topic assignments / all expected assignments. */
	recall: number;
	f1: number;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	/** Items whose topic set is exactly the expected one. */
	exact: number;
	items: number;
}

/**
 * Micro-averaged scores over (item, topic) pairs.
 * @param expected item key → expected topics
 * @param predicted item key → predicted topics (missing = none)
 * @returns the scores over the expected items
 */
export function scoreTopics(expected: ReadonlyMap<string, readonly string[]>, predicted: ReadonlyMap<string, readonly string[]>): Score {
	let truePositives = 0;
	let falsePositives = 0;
	let falseNegatives = 0;
	let exact = 0;
	for (const [key, wanted] of expected) {
		const got = new Set(predicted.get(key) ?? []);
		const want = new Set(wanted);
		const hits = [...got].filter((topic) => want.has(topic)).length;
		truePositives += hits;
		falsePositives += got.size - hits;
		falseNegatives += want.size - hits;
		if (hits === got.size && hits === want.size) exact++;
	}
	const precision = truePositives / Math.max(1, truePositives + falsePositives);
	const recall = truePositives / Math.max(1, truePositives + falseNegatives);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { precision, recall, f1, truePositives, falsePositives, falseNegatives, exact, items: expected.size };
}
