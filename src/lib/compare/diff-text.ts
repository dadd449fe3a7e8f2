import { diffChars } from 'diff';

/** One run of an inline diff. */
export interface DiffSegment {
	/** same: in both texts; removed: only in the earlier text; added: only in the later one. */
	type: 'same' | 'added' | 'removed';
	text: string;
}

/**
 * Limits of the inline diff, chosen for reading Chinese, where one character is often a word.
 */
export const DIFF_LIMITS = {
	/**
	 * An unchanged run this short between two changes is folded into them: 加强管理 → 强化管理
	 * reads better as [加强→强化]管理 than as [加]强[化]管理.
	 */
	shortSame: 2,
	/**
	 * Past this many edited characters the diff gives up and shows the whole old text removed and
	 * the whole new text added: texts that different are rewritten, not edited, and the diff's cost
	 * grows with length × edits (two rewritten 2,000-character items took a second). A bound on
	 * edits, not a timeout, so the same texts always give the same page.
	 */
	maxEditLength: 300,
} as const;

/**
 * A character diff of an item's earlier and later wording, for showing a changed item inline.
 * Unchanged runs of at most {@link DIFF_LIMITS.shortSame} characters between changes, and any
 * unchanged run no longer than the changes on both sides of it, are folded into the changes, so
 * the diff reads in words rather than scattered characters; a change that cuts into a number is
 * widened to the whole number (60% → 65% shows [60→65]%, not 6[0→5]%); within each change the
 * removed text comes before the added text.
 * @param a the earlier text
 * @param b the later text
 * @returns the segments in reading order; concatenating same + removed gives `a`, same + added gives `b`
 */
export function diffText(a: string, b: string): DiffSegment[] {
	if (a === b) return a === '' ? [] : [{ type: 'same', text: a }];
	const changes = diffChars(a, b, { maxEditLength: DIFF_LIMITS.maxEditLength });
	if (!changes) return [...(a ? [{ type: 'removed' as const, text: a }] : []), ...(b ? [{ type: 'added' as const, text: b }] : [])];

	// Blocks alternate: an unchanged run, or a change with its removed and added text.
	type Block = { same: string } | { removed: string; added: string };
	const blocks: Block[] = [];
	for (const change of changes) {
		const last = blocks[blocks.length - 1];
		if (!change.added && !change.removed) blocks.push({ same: change.value });
		else if (last && !('same' in last)) {
			if (change.added) last.added += change.value;
			else last.removed += change.value;
		} else blocks.push(change.added ? { removed: '', added: change.value } : { removed: change.value, added: '' });
	}

	const length = (text: string) => Array.from(text).length;
	const changeSize = (block: Block | undefined) => (block && !('same' in block) ? Math.max(length(block.removed), length(block.added)) : 0);
	let folded = true;
	while (folded) {
		folded = false;
		for (let index = 1; index + 1 < blocks.length; index++) {
			const block = blocks[index];
			if (!('same' in block)) continue;
			const before = blocks[index - 1];
			const after = blocks[index + 1];
			if ('same' in before || 'same' in after) continue;
			const size = length(block.same);
			if (size > DIFF_LIMITS.shortSame && (size > changeSize(before) || size > changeSize(after))) continue;
			blocks.splice(index - 1, 3, { removed: before.removed + block.same + after.removed, added: before.added + block.same + after.added });
			folded = true;
		}
	}

	// Widen changes to whole numbers: digits of a number belong to the change they touch.
	for (let index = 0; index < blocks.length; index++) {
		const block = blocks[index];
		if ('same' in block) continue;
		const before = blocks[index - 1];
		const after = blocks[index + 1];
		const touchesDigit = (text: string, at: 'start' | 'end') => /\d/.test(at === 'start' ? text.slice(0, 1) : text.slice(-1));
		if (before && 'same' in before && (touchesDigit(block.removed, 'start') || touchesDigit(block.added, 'start'))) {
			const digits = (/[\d.]*$/.exec(before.same)?.[0] ?? '').replace(/^\.+/, '');
			before.same = before.same.slice(0, before.same.length - digits.length);
			block.removed = digits + block.removed;
			block.added = digits + block.added;
		}
		if (after && 'same' in after && (touchesDigit(block.removed, 'end') || touchesDigit(block.added, 'end'))) {
			const digits = (/^[\d.]*/.exec(after.same)?.[0] ?? '').replace(/\.+$/, '');
			after.same = after.same.slice(digits.length);
			block.removed += digits;
			block.added += digits;
		}
	}

	const segments: DiffSegment[] = [];
	let pending = { removed: '', added: '' };
	const flush = () => {
		if (pending.removed) segments.push({ type: 'removed', text: pending.removed });
		if (pending.added) segments.push({ type: 'added', text: pending.added });
		pending = { removed: '', added: '' };
	};
	for (const block of blocks) {
		if (!('same' in block)) {
			pending.removed += block.removed;
			pending.added += block.added;
		} else if (block.same) {
			flush();
			segments.push({ type: 'same', text: block.same });
		}
	}
	flush();
	return segments;
}
