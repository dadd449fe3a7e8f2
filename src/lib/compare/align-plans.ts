import { buildBigramIndex, findCandidates, type BigramIndex } from './bigram-index.ts';
import { bagSize, countBigrams, diceSimilarity, type Bigram } from './bigrams.ts';
import type { CompareItem } from './compare-item.ts';
import { normaliseWording } from './normalise-wording.ts';

/**
 * When two items count as the same item reworded. Similarity is the Dice coefficient of the
 * character bigrams of title + text. In the real plans of content/plans two different items of
 * one section mostly share under a quarter of their bigrams (95% under 0.22: 加强, 推进, 服务 …),
 * and only short formulaic headings reach 0.3–0.44; reworded items of the fixture bureau keep
 * 0.67–0.96 (README: why these thresholds).
 */
export const ALIGNMENT_THRESHOLDS = {
	/** Aligns two items wherever they stand: more than half of the wording is shared. */
	strong: 0.5,
	/**
	 * Aligns two items that sit under aligned parents (or both at the top level): a reworded item
	 * in its old place. Lower than `strong` because the place confirms the match.
	 */
	weak: 0.3,
	/**
	 * Bigrams both items need for `weak` to apply. Short formulaic headings (实施…行动, 提升…能力)
	 * share a third of their few bigrams by genre alone; they align by `strong` or by their children.
	 */
	weakMinBigrams: 12,
} as const;

/**
 * Additions to the similarity when candidates compete for the same item. Same wording outweighs
 * everything (wording beats numbering); the structural terms are small so that they only break
 * ties between similar wordings, never override a clearly better one.
 */
export const ALIGNMENT_WEIGHTS = {
	/** Identical normalised wording. */
	exact: 1,
	/** The parents are aligned (or both items are at the top level): a sub-item stays under its parent. */
	parent: 0.1,
	/** Same numbering path (same anchor id). */
	sameId: 0.05,
	/** Both items have topics: + when they share one, − when they share none. */
	topic: 0.05,
	/** Subtracted when the levels differ. */
	level: 0.1,
	/** Times the difference of relative positions (0…1) in the two plans: nearer wins among equals. */
	position: 0.02,
	/** Times the share of children kept word for word between the two items (see alignPlans). */
	children: 0.2,
} as const;

/**
 * Bounds of the candidate search that keep alignment near-linear: each item of B is scored
 * against a fixed number of items of A, never against all of them.
 */
export const CANDIDATE_LIMITS = {
	/** Bigrams in more items of A than this are too common to find candidates with. */
	maxPostings: 32,
	/** Candidates kept per item from shared bigrams, and from identical wording. */
	perItem: 12,
	/** Siblings on each side of the same position under the aligned parent, also candidates. */
	window: 3,
} as const;

/** How an item fared from plan A to plan B. */
export type AlignmentStatus = 'kept' | 'changed' | 'added' | 'dropped';

/** One row of the comparison, in display order. */
export interface AlignmentRow<T extends CompareItem = CompareItem> {
	/** kept: same wording; changed: aligned but reworded; added: only in B; dropped: only in A. */
	status: AlignmentStatus;
	/** The item of plan A, or null when added. */
	a: T | null;
	/** The item of plan B, or null when dropped. */
	b: T | null;
	/** Dice similarity of the normalised wording, 1 when kept, 0 when added or dropped. */
	similarity: number;
	/** Aligned, and the numbering path differs (the item or an ancestor got another number). */
	renumbered: boolean;
	/** Aligned, and the parents are not aligned with each other (the item moved to another section or level). */
	moved: boolean;
}

/** How many items were kept, changed, added and dropped. */
export interface AlignmentCounts {
	kept: number;
	changed: number;
	added: number;
	dropped: number;
	/** Aligned items (kept or changed) whose numbering path changed. */
	renumbered: number;
}

/** The alignment of two plans. */
export interface Alignment<T extends CompareItem = CompareItem> {
	/** B's items in B's order, each dropped item of A right after the row of its predecessor in A. */
	rows: AlignmentRow<T>[];
	counts: AlignmentCounts;
	/** Counts per topic id (an aligned pair counts under the union of both items' topics); empty when no item has topics. */
	byTopic: Record<string, AlignmentCounts>;
	/** Id of A's item → id of the B item it is aligned with. */
	aToB: ReadonlyMap<string, string>;
}

/** Options of {@link alignPlans}. */
export interface AlignOptions {
	/** Overrides of {@link ALIGNMENT_THRESHOLDS}. */
	thresholds?: Partial<Record<keyof typeof ALIGNMENT_THRESHOLDS, number>>;
}

interface PreparedPlan<T extends CompareItem> {
	items: readonly T[];
	keys: string[];
	bags: Map<Bigram, number>[];
	sizes: number[];
	parent: number[];
	/** Children positions per parent position (-1: the top level). */
	children: Map<number, number[]>;
	siblingIndex: number[];
	relative: number[];
	byId: Map<string, number>;
	byKey: Map<string, number[]>;
}

function preparePlan<T extends CompareItem>(items: readonly T[]): PreparedPlan<T> {
	const keys = items.map((item) => normaliseWording(`${item.title}\n${item.text}`));
	const bags = keys.map(countBigrams);
	const byId = new Map<string, number>();
	items.forEach((item, position) => {
		if (!byId.has(item.id)) byId.set(item.id, position);
	});
	const parent = items.map((item) => (item.parent === null ? -1 : (byId.get(item.parent) ?? -1)));
	const children = new Map<number, number[]>();
	const siblingIndex = parent.map((parentPosition, position) => {
		const list = children.get(parentPosition) ?? [];
		children.set(parentPosition, list);
		list.push(position);
		return list.length - 1;
	});
	const byKey = new Map<string, number[]>();
	keys.forEach((key, position) => {
		const list = byKey.get(key);
		if (list) list.push(position);
		else byKey.set(key, [position]);
	});
	return {
		items,
		keys,
		bags,
		sizes: bags.map(bagSize),
		parent,
		children,
		siblingIndex,
		relative: items.map((_, position) => (items.length > 1 ? position / (items.length - 1) : 0)),
		byId,
		byKey,
	};
}

function topicTerm(a: CompareItem, b: CompareItem): number {
	if (!a.topics?.length || !b.topics?.length) return 0;
	const shared = a.topics.some((topic) => b.topics?.includes(topic));
	return shared ? ALIGNMENT_WEIGHTS.topic : -ALIGNMENT_WEIGHTS.topic;
}

/**
 * Aligns the items of two plans of the same bureau (usually year Y and Y+1). Items with the same
 * normalised wording align first (wording beats numbering, so an item that only got a new number
 * is kept, not dropped and added); then, level by level from the top, items align by bigram
 * similarity, preferring a candidate under the aligned parent, with the same numbering path and
 * sharing a topic. Two items whose sub-items are mostly the same word for word align whatever
 * their own wording (a section whose heading was rewritten). Candidates come from shared rare bigrams, identical wording, the same id and
 * nearby siblings under the aligned parent, so the cost grows with the plans' length, not with
 * the product of their item counts.
 * @param a the items of the earlier plan, in document order
 * @param b the items of the later plan, in document order
 * @param options threshold overrides
 * @returns the display rows, the counts (overall and per topic) and the A → B id map
 */
export function alignPlans<T extends CompareItem>(a: readonly T[], b: readonly T[], options: AlignOptions = {}): Alignment<T> {
	const thresholds = { ...ALIGNMENT_THRESHOLDS, ...options.thresholds };
	const planA = preparePlan(a);
	const planB = preparePlan(b);
	const indexA: BigramIndex = buildBigramIndex(planA.bags);
	const bOfA = new Array<number>(a.length).fill(-1);
	const aOfB = new Array<number>(b.length).fill(-1);
	const similarityOfB = new Array<number>(b.length).fill(0);
	const pair = (positionA: number, positionB: number, similarity: number) => {
		bOfA[positionA] = positionB;
		aOfB[positionB] = positionA;
		similarityOfB[positionB] = similarity;
	};

	// Anchors: wording that occurs exactly once in each plan is the same item, wherever it stands.
	for (const [key, positionsB] of planB.byKey) {
		const positionsA = planA.byKey.get(key);
		if (key !== '' && positionsB.length === 1 && positionsA?.length === 1) pair(positionsA[0], positionsB[0], 1);
	}

	// Children vote for their parents: when most sub-items of two items are the same word for
	// word, the two are the same section even if its heading was rewritten (深化医改 → 深化医药卫生
	// 体制改革). Only the unique anchors vote, so the votes are known before any level is aligned.
	const childVotes = new Map<string, number>();
	const voteKey = (positionA: number, positionB: number) => `${positionA}:${positionB}`;
	aOfB.forEach((positionA, positionB) => {
		const parentA = positionA === -1 ? -1 : planA.parent[positionA];
		const parentB = planB.parent[positionB];
		if (parentA === -1 || parentB === -1) return;
		childVotes.set(voteKey(parentA, parentB), (childVotes.get(voteKey(parentA, parentB)) ?? 0) + 1);
	});
	const votedPartners = new Map<number, number[]>();
	for (const key of childVotes.keys()) {
		const [positionA, positionB] = key.split(':').map(Number);
		const partners = votedPartners.get(positionB);
		if (partners) partners.push(positionA);
		else votedPartners.set(positionB, [positionA]);
	}
	/** Share of the larger child list that is kept word for word between the two items. */
	const childAgreement = (positionA: number, positionB: number) => {
		const votes = childVotes.get(voteKey(positionA, positionB)) ?? 0;
		if (votes === 0) return 0;
		return votes / Math.max(planA.children.get(positionA)?.length ?? 0, planB.children.get(positionB)?.length ?? 0);
	};

	const parentsAligned = (positionA: number, positionB: number) => {
		const parentA = planA.parent[positionA];
		const parentB = planB.parent[positionB];
		return parentB === -1 ? parentA === -1 : parentA !== -1 && aOfB[parentB] === parentA;
	};

	const levels = [...new Set(b.map((item) => item.level))].sort((x, y) => x - y);
	for (const level of levels) {
		const proposals: { positionA: number; positionB: number; similarity: number; score: number }[] = [];
		for (let positionB = 0; positionB < b.length; positionB++) {
			if (b[positionB].level !== level || aOfB[positionB] !== -1) continue;
			const candidates = new Set<number>();
			const keyB = planB.keys[positionB];
			const relativeB = planB.relative[positionB];
			const sameWording = (planA.byKey.get(keyB) ?? []).filter((positionA) => bOfA[positionA] === -1);
			sameWording
				.sort((x, y) => Math.abs(planA.relative[x] - relativeB) - Math.abs(planA.relative[y] - relativeB) || x - y)
				.slice(0, CANDIDATE_LIMITS.perItem)
				.forEach((positionA) => candidates.add(positionA));
			for (const positionA of findCandidates(indexA, planB.bags[positionB], { maxPostings: CANDIDATE_LIMITS.maxPostings, limit: CANDIDATE_LIMITS.perItem })) {
				candidates.add(positionA);
			}
			for (const positionA of votedPartners.get(positionB) ?? []) candidates.add(positionA);
			const sameId = planA.byId.get(b[positionB].id);
			if (sameId !== undefined) candidates.add(sameId);
			const parentB = planB.parent[positionB];
			const parentA = parentB === -1 ? -1 : aOfB[parentB];
			if (parentB === -1 || parentA !== -1) {
				const siblings = planA.children.get(parentA) ?? [];
				const at = planB.siblingIndex[positionB];
				for (let index = Math.max(0, at - CANDIDATE_LIMITS.window); index <= at + CANDIDATE_LIMITS.window && index < siblings.length; index++) {
					candidates.add(siblings[index]);
				}
			}
			for (const positionA of candidates) {
				if (bOfA[positionA] !== -1) continue;
				const exact = planA.keys[positionA] === keyB;
				const similarity = exact ? 1 : diceSimilarity(planA.bags[positionA], planB.bags[positionB], [planA.sizes[positionA], planB.sizes[positionB]]);
				const underAlignedParent = parentsAligned(positionA, positionB);
				const agreement = childAgreement(positionA, positionB);
				const longEnough = Math.min(planA.sizes[positionA], planB.sizes[positionB]) >= thresholds.weakMinBigrams;
				const accepted =
					exact ||
					similarity >= thresholds.strong ||
					(similarity >= thresholds.weak && underAlignedParent && longEnough) ||
					agreement * 2 > 1;
				if (!accepted) continue;
				const score =
					similarity +
					(exact ? ALIGNMENT_WEIGHTS.exact : 0) +
					(underAlignedParent ? ALIGNMENT_WEIGHTS.parent : 0) +
					ALIGNMENT_WEIGHTS.children * agreement +
					(a[positionA].id === b[positionB].id ? ALIGNMENT_WEIGHTS.sameId : 0) +
					topicTerm(a[positionA], b[positionB]) -
					(a[positionA].level !== level ? ALIGNMENT_WEIGHTS.level : 0) -
					ALIGNMENT_WEIGHTS.position * Math.abs(planA.relative[positionA] - relativeB);
				proposals.push({ positionA, positionB, similarity, score });
			}
		}
		proposals.sort((x, y) => y.score - x.score || x.positionB - y.positionB || x.positionA - y.positionA);
		for (const { positionA, positionB, similarity } of proposals) {
			if (bOfA[positionA] === -1 && aOfB[positionB] === -1) pair(positionA, positionB, similarity);
		}
	}

	const rowOf = (positionA: number, positionB: number): AlignmentRow<T> => {
		if (positionB === -1) return { status: 'dropped', a: a[positionA], b: null, similarity: 0, renumbered: false, moved: false };
		if (positionA === -1) return { status: 'added', a: null, b: b[positionB], similarity: 0, renumbered: false, moved: false };
		const itemA = a[positionA];
		const itemB = b[positionB];
		const exact = planA.keys[positionA] === planB.keys[positionB];
		return {
			status: exact ? 'kept' : 'changed',
			a: itemA,
			b: itemB,
			similarity: exact ? 1 : similarityOfB[positionB],
			renumbered: (itemA.number !== null || itemB.number !== null) && itemA.id !== itemB.id,
			moved: !parentsAligned(positionA, positionB),
		};
	};

	const rows = orderRows(planA, planB, bOfA, aOfB).map(([positionA, positionB]) => rowOf(positionA, positionB));
	const aToB = new Map<string, string>();
	bOfA.forEach((positionB, positionA) => {
		if (positionB !== -1) aToB.set(a[positionA].id, b[positionB].id);
	});
	return { rows, ...countRows(rows), aToB };
}

/**
 * Puts the pairs in display order: B's items in B's order, each dropped item of A after the row
 * of the nearest aligned item before it in A, past any added sub-items of that row unless the
 * dropped item is itself a sub-item there.
 */
function orderRows<T extends CompareItem>(planA: PreparedPlan<T>, planB: PreparedPlan<T>, bOfA: readonly number[], aOfB: readonly number[]): [number, number][] {
	const isDescendant = (parents: readonly number[], position: number, ancestor: number) => {
		for (let current = parents[position]; current !== -1; current = parents[current]) if (current === ancestor) return true;
		return false;
	};
	const droppedAfter = new Map<number, number[]>();
	let previousA = -1;
	for (let positionA = 0; positionA < bOfA.length; positionA++) {
		if (bOfA[positionA] !== -1) {
			previousA = positionA;
			continue;
		}
		let anchor = previousA === -1 ? -1 : bOfA[previousA];
		if (anchor !== -1 && !isDescendant(planA.parent, positionA, previousA)) {
			const top = anchor;
			while (anchor + 1 < aOfB.length && aOfB[anchor + 1] === -1 && isDescendant(planB.parent, anchor + 1, top)) anchor++;
		}
		const list = droppedAfter.get(anchor) ?? [];
		droppedAfter.set(anchor, list);
		list.push(positionA);
	}
	const order: [number, number][] = [];
	const emitDropped = (anchor: number) => {
		for (const positionA of droppedAfter.get(anchor) ?? []) order.push([positionA, -1]);
	};
	emitDropped(-1);
	for (let positionB = 0; positionB < aOfB.length; positionB++) {
		order.push([aOfB[positionB], positionB]);
		emitDropped(positionB);
	}
	return order;
}

function emptyCounts(): AlignmentCounts {
	return { kept: 0, changed: 0, added: 0, dropped: 0, renumbered: 0 };
}

/** Counts the rows overall and per topic (topic ids sorted, for stable output). */
function countRows<T extends CompareItem>(rows: readonly AlignmentRow<T>[]): { counts: AlignmentCounts; byTopic: Record<string, AlignmentCounts> } {
	const counts = emptyCounts();
	const perTopic = new Map<string, AlignmentCounts>();
	for (const row of rows) {
		const add = (target: AlignmentCounts) => {
			target[row.status]++;
			if (row.renumbered) target.renumbered++;
		};
		add(counts);
		for (const topic of new Set([...(row.a?.topics ?? []), ...(row.b?.topics ?? [])])) {
			const target = perTopic.get(topic) ?? emptyCounts();
			perTopic.set(topic, target);
			add(target);
		}
	}
	const byTopic: Record<string, AlignmentCounts> = {};
	for (const [topic, topicCounts] of [...perTopic].sort((x, y) => (x[0] < y[0] ? -1 : 1))) byTopic[topic] = topicCounts;
	return { counts, byTopic };
}
