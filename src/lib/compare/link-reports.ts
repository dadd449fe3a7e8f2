import { buildBigramIndex, findCandidates } from './bigram-index.ts';
import { countBigrams, type Bigram } from './bigrams.ts';
import type { CompareItem } from './compare-item.ts';
import { normaliseWording } from './normalise-wording.ts';

/**
 * When a summary passage counts as reporting on a plan item. The score is the share of the plan
 * item's wording found in the passage: the weighted share of its distinct bigrams that also occur
 * in the passage, each bigram weighted by how rare it is across both documents (inverse document
 * frequency), so that 加强, 推进, 工作 count little and 签约, 中医馆, 两癌 count much. A summary
 * restates a plan in its own words (完成…, 达到…) and merges several tasks into one passage, so
 * the share is lower than between two years of a plan, and containment (not Dice) is used: a long
 * passage covering several items still covers each of them. On the fixture bureau's 2023 plan and
 * summary, passages that do report on an item cover 0.35–0.85 of it, the best passage for an
 * unreported item at most 0.25 (README: closure thresholds).
 */
export const REPORT_THRESHOLDS = {
	/** Share needed when the two share a topic, or when either has none: between the two ranges above. */
	link: 0.3,
	/** Share needed when both have topics and share none: the wording must carry the link alone. */
	linkAcrossTopics: 0.5,
	/** Distinct shared bigrams needed at least, so that a two-word heading is not linked by one common word. */
	minShared: 3,
	/** Passages listed per plan item at most, best first. */
	maxReports: 3,
} as const;

/** Bounds of the candidate search (see CANDIDATE_LIMITS of align-plans.ts for why). */
const REPORT_CANDIDATES = { maxPostings: 32, perItem: 12 } as const;

/** A summary passage that reports on a plan item. */
export interface ReportLink<S extends CompareItem = CompareItem> {
	/** The summary item. */
	summary: S;
	/** Share of the plan item's weighted wording found in the passage, 0…1. */
	score: number;
}

/** The reports found for one plan item. */
export interface PlanItemReports<T extends CompareItem = CompareItem, S extends CompareItem = CompareItem> {
	item: T;
	/** Passages reporting on this item itself, best first. */
	reports: ReportLink<S>[];
	/** direct: the item has reports; sub-items: only some of its sub-items have; none: unreported. */
	coverage: 'direct' | 'sub-items' | 'none';
}

/** How a plan is reported on by the summary of the same year. */
export interface ReportClosure<T extends CompareItem = CompareItem, S extends CompareItem = CompareItem> {
	/** One entry per plan item, in plan order. */
	items: PlanItemReports<T, S>[];
	/** Plan items with coverage none, in plan order. */
	unreported: T[];
	counts: { direct: number; subItems: number; none: number };
}

/** Options of {@link linkReports}. */
export interface LinkReportsOptions {
	/** Overrides of {@link REPORT_THRESHOLDS}. */
	thresholds?: Partial<Record<keyof typeof REPORT_THRESHOLDS, number>>;
}

function distinctBigrams(item: CompareItem): Bigram[] {
	return [...countBigrams(normaliseWording(`${item.title}\n${item.text}`)).keys()];
}

/**
 * Links each item of a plan (要点 for year Y) to the passages of the summary (总结 for year Y)
 * that report on it, and marks the items nothing reports on. Candidates come from shared rare
 * bigrams through an inverted index of the summary, so the cost grows with the documents'
 * length, not with the product of their item counts.
 * @param planItems the plan's items, in document order
 * @param summaryItems the summary's items, in document order
 * @param options threshold overrides
 * @returns per plan item its reports and coverage, the unreported items and the counts
 */
export function linkReports<T extends CompareItem, S extends CompareItem>(
	planItems: readonly T[],
	summaryItems: readonly S[],
	options: LinkReportsOptions = {},
): ReportClosure<T, S> {
	const thresholds = { ...REPORT_THRESHOLDS, ...options.thresholds };
	const planBigrams = planItems.map(distinctBigrams);
	const summaryBigrams = summaryItems.map(distinctBigrams);
	const documentFrequency = new Map<Bigram, number>();
	for (const bigrams of [...planBigrams, ...summaryBigrams]) {
		for (const bigram of bigrams) documentFrequency.set(bigram, (documentFrequency.get(bigram) ?? 0) + 1);
	}
	const documents = planItems.length + summaryItems.length;
	const weight = (bigram: Bigram) => Math.log(1 + documents / (documentFrequency.get(bigram) ?? 1));
	const summarySets = summaryBigrams.map((bigrams) => new Set(bigrams));
	const index = buildBigramIndex(summaryBigrams.map((bigrams) => new Map(bigrams.map((bigram) => [bigram, 1]))));

	const entries: PlanItemReports<T, S>[] = planItems.map((item, position) => {
		const bigrams = planBigrams[position];
		const total = bigrams.reduce((sum, bigram) => sum + weight(bigram), 0);
		const candidates = findCandidates(index, new Map(bigrams.map((bigram) => [bigram, 1])), {
			maxPostings: REPORT_CANDIDATES.maxPostings,
			limit: REPORT_CANDIDATES.perItem,
			weight,
		});
		const reports: (ReportLink<S> & { at: number })[] = [];
		for (const candidate of candidates) {
			const passage = summarySets[candidate];
			let covered = 0;
			let shared = 0;
			for (const bigram of bigrams) {
				if (!passage.has(bigram)) continue;
				covered += weight(bigram);
				shared++;
			}
			const score = total > 0 ? covered / total : 0;
			const summary = summaryItems[candidate];
			const planTopics = item.topics ?? [];
			const summaryTopics = summary.topics ?? [];
			const bothClassified = planTopics.length > 0 && summaryTopics.length > 0;
			const shareTopic = planTopics.some((topic) => summaryTopics.includes(topic));
			const needed = bothClassified && !shareTopic ? thresholds.linkAcrossTopics : thresholds.link;
			if (shared >= thresholds.minShared && score >= needed) reports.push({ summary, score, at: candidate });
		}
		reports.sort((x, y) => y.score - x.score || x.at - y.at);
		return {
			item,
			reports: reports.slice(0, thresholds.maxReports).map(({ summary, score }) => ({ summary, score })),
			coverage: reports.length ? 'direct' : 'none',
		};
	});

	// An item is reported through its sub-items when any descendant has a report. Children follow
	// their parents in document order, so one backward pass carries the mark up the tree.
	const positionOfId = new Map(planItems.map((item, position) => [item.id, position]));
	const subtreeReported = entries.map((entry) => entry.coverage === 'direct');
	for (let position = planItems.length - 1; position >= 0; position--) {
		const parentId = planItems[position].parent;
		const parent = parentId === null ? undefined : positionOfId.get(parentId);
		if (parent !== undefined && subtreeReported[position]) subtreeReported[parent] = true;
	}
	entries.forEach((entry, position) => {
		if (entry.coverage === 'none' && subtreeReported[position]) entry.coverage = 'sub-items';
	});
	return {
		items: entries,
		unreported: entries.filter((entry) => entry.coverage === 'none').map((entry) => entry.item),
		counts: {
			direct: entries.filter((entry) => entry.coverage === 'direct').length,
			subItems: entries.filter((entry) => entry.coverage === 'sub-items').length,
			none: entries.filter((entry) => entry.coverage === 'none').length,
		},
	};
}
