import { normaliseWording } from './normalise-wording.ts';

/**
 * A target stated in a plan item, as indicator extraction reports it. The comparison does not
 * depend on how targets are extracted; it only needs these fields.
 */
export interface PlanTarget {
	/** Id of the item the target is stated in. */
	item: string;
	/** Normalised indicator id shared across plans (e.g. family-doctor-signing), or null when not recognised. */
	metric: string | null;
	/** What is measured, as written (家庭医生签约率). */
	subject: string;
	/** The comparison as extracted (e.g. >=, <=, =). */
	op: string;
	value: number;
	/** Unit as written (%, ‰, /10万), or null. */
	unit: string | null;
}

/** One target followed from plan A to plan B. */
export interface IndicatorMove<T extends PlanTarget = PlanTarget> {
	/** The shared metric id, or null when the targets were paired by subject. */
	metric: string | null;
	/** What is measured, as plan B words it. */
	subject: string;
	/** Value in plan A. */
	from: number;
	/** Value in plan B. */
	to: number;
	/** The unit both targets share. */
	unit: string | null;
	/** up / down: the value rose / fell (whether that is better depends on the indicator); same: unchanged. */
	direction: 'up' | 'down' | 'same';
	/** Item ids of the targets in plan A and plan B. */
	itemA: string;
	itemB: string;
	/** The paired targets themselves (op and any extra fields of the caller). */
	targetA: T;
	targetB: T;
}

/** Targets followed across two plans. */
export interface IndicatorMoves<T extends PlanTarget = PlanTarget> {
	/** Paired targets, in plan B's order. */
	moves: IndicatorMove<T>[];
	/** Targets of plan A with no counterpart in plan B, in A's order. */
	onlyA: T[];
	/** Targets of plan B with no counterpart in plan A, in B's order. */
	onlyB: T[];
}

/**
 * Preferences when several targets of the same indicator compete (e.g. 签约率 overall and for
 * key groups). Larger wins; the sum decides, then document order.
 */
export const TARGET_PAIRING_WEIGHTS = {
	/** The two items are aligned: the same task restated. */
	alignedItems: 4,
	/** The same subject wording. */
	sameSubject: 2,
	/** The same kind of comparison (both 以上, both 以下 …). */
	sameOp: 1,
} as const;

/**
 * The pairing key: targets pair only within the same metric (or, when unrecognised, the same
 * subject wording) and the same unit, since 5‰ and 5% are not the same number.
 */
function pairingKey(target: PlanTarget): string {
	const unit = target.unit === null ? '' : target.unit.normalize('NFKC').replace(/\s/g, '');
	const what = target.metric !== null ? `metric:${target.metric}` : `subject:${normaliseWording(target.subject)}`;
	return `${what}|${unit}`;
}

/**
 * Follows targets from one plan to the next: 家庭医生签约率 60% → 65%. Targets with the same metric
 * (or the same subject when the metric is null) and unit are paired one to one, preferring targets
 * in aligned items, then the same subject, then the same comparison, then document order.
 * @param targetsA the targets of the earlier plan, in document order
 * @param targetsB the targets of the later plan, in document order
 * @param aToB ids of A's items → ids of the aligned B items (Alignment.aToB); empty when unknown
 * @returns the moves, and the targets found only in A or only in B
 */
export function findIndicatorMoves<T extends PlanTarget>(
	targetsA: readonly T[],
	targetsB: readonly T[],
	aToB: ReadonlyMap<string, string> = new Map(),
): IndicatorMoves<T> {
	const groupsA = new Map<string, number[]>();
	targetsA.forEach((target, position) => {
		const key = pairingKey(target);
		const group = groupsA.get(key);
		if (group) group.push(position);
		else groupsA.set(key, [position]);
	});
	const groupsB = new Map<string, number[]>();
	targetsB.forEach((target, position) => {
		const key = pairingKey(target);
		const group = groupsB.get(key);
		if (group) group.push(position);
		else groupsB.set(key, [position]);
	});

	const partnerOfB = new Array<number>(targetsB.length).fill(-1);
	const pairedA = new Set<number>();
	for (const [key, positionsB] of groupsB) {
		const positionsA = groupsA.get(key) ?? [];
		const options: { positionA: number; positionB: number; weight: number }[] = [];
		for (const positionA of positionsA) {
			for (const positionB of positionsB) {
				const targetA = targetsA[positionA];
				const targetB = targetsB[positionB];
				const weight =
					(aToB.get(targetA.item) === targetB.item ? TARGET_PAIRING_WEIGHTS.alignedItems : 0) +
					(normaliseWording(targetA.subject) === normaliseWording(targetB.subject) ? TARGET_PAIRING_WEIGHTS.sameSubject : 0) +
					(targetA.op === targetB.op ? TARGET_PAIRING_WEIGHTS.sameOp : 0);
				options.push({ positionA, positionB, weight });
			}
		}
		options.sort((x, y) => y.weight - x.weight || x.positionB - y.positionB || x.positionA - y.positionA);
		for (const { positionA, positionB } of options) {
			if (pairedA.has(positionA) || partnerOfB[positionB] !== -1) continue;
			pairedA.add(positionA);
			partnerOfB[positionB] = positionA;
		}
	}

	const moves: IndicatorMove<T>[] = [];
	partnerOfB.forEach((positionA, positionB) => {
		if (positionA === -1) return;
		const targetA = targetsA[positionA];
		const targetB = targetsB[positionB];
		const difference = targetB.value - targetA.value;
		moves.push({
			metric: targetB.metric,
			subject: targetB.subject,
			from: targetA.value,
			to: targetB.value,
			unit: targetB.unit,
			direction: Math.abs(difference) < 1e-9 ? 'same' : difference > 0 ? 'up' : 'down',
			itemA: targetA.item,
			itemB: targetB.item,
			targetA,
			targetB,
		});
	});
	return {
		moves,
		onlyA: targetsA.filter((_, position) => !pairedA.has(position)),
		onlyB: targetsB.filter((_, position) => partnerOfB[position] === -1),
	};
}
