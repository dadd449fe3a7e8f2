import { escapeHtml } from '../html.ts';
import { formatTargetValue } from '../indicators/format-target.ts';
import type { IndicatorTarget } from '../indicators/types.ts';
import type { AlignmentRow } from './align-plans.ts';
import type { CompareItem } from './compare-item.ts';
import { diffText } from './diff-text.ts';
import type { IndicatorMoves, PlanTarget } from './indicator-moves.ts';

/** What a status is called on the page. */
export const STATUS_LABELS = { kept: '保留', changed: '修改', added: '新增', dropped: '删除' } as const;

/**
 * @param item an item
 * @returns its marker and heading, as the source writes them
 */
const label = (item: CompareItem) => `${item.number ?? ''}${item.title}`;

/**
 * @param item an item
 * @returns the wording compared: heading and text
 */
const wording = (item: CompareItem) => (item.text ? `${item.title}\n${item.text}` : item.title);

/**
 * @param before the earlier wording
 * @param after the later wording
 * @returns the inline diff as HTML: removed text in <del>, added text in <ins>, each also named
 *   for screen readers, which do not announce the two elements
 */
export function renderDiff(before: string, after: string): string {
	const parts = diffText(before, after).map((segment) =>
		segment.type === 'same'
			? escapeHtml(segment.text)
			: segment.type === 'removed'
				? `<del><span class="visually-hidden">[删去：</span>${escapeHtml(segment.text)}<span class="visually-hidden">]</span></del>`
				: `<ins><span class="visually-hidden">[新增：</span>${escapeHtml(segment.text)}<span class="visually-hidden">]</span></ins>`,
	);
	return `<p class="diff-text">${parts.join('')}</p>`;
}

/**
 * The item-by-item comparison of two plans as HTML, in B's order: each row's status, the item
 * linked to its anchor, its old number when it was renumbered, and its text (a changed item's as
 * an inline diff; a kept item's is the same in both and left out). One function for the static
 * compare pages and the page that compares any two plans in the browser, so both show the same.
 * @param rows the alignment's rows (alignPlans)
 * @param urlA the earlier plan's page
 * @param urlB the later plan's page
 * @returns the list's HTML, every text escaped
 */
export function renderAlignmentRows(rows: readonly AlignmentRow[], urlA: string, urlB: string): string {
	const link = (url: string, item: CompareItem, text = label(item)) => `<a href="${escapeHtml(url)}#${escapeHtml(item.id)}">${escapeHtml(text)}</a>`;
	const lines = rows.map((row) => {
		const heading = row.b ? link(urlB, row.b) : row.a ? link(urlA, row.a) : '';
		const notes = [
			row.renumbered && row.a && row.b && row.a.number !== row.b.number ? `<span class="alignment__note">原编号 ${link(urlA, row.a, row.a.number ?? row.a.id)}</span>` : '',
			row.moved ? '<span class="alignment__note">移到了别的部分</span>' : '',
		].join('');
		const item = row.b ?? row.a;
		const body =
			row.status === 'changed' && row.a && row.b
				? renderDiff(wording(row.a), wording(row.b))
				: row.status !== 'kept' && item?.text
					? `<p class="alignment__text">${escapeHtml(item.text)}</p>`
					: '';
		return `<li class="alignment__row alignment__row--${row.status}"><p class="alignment__head"><span class="alignment__status">${STATUS_LABELS[row.status]}</span>${heading}${notes}</p>${body}</li>`;
	});
	return `<ol class="alignment">${lines.join('')}</ol>`;
}

/** What the moves table needs of a target: where it is and its value as written. */
export type MovedTarget = PlanTarget & Pick<IndicatorTarget, 'valueMax'> & { op: IndicatorTarget['op'] };

const DIRECTIONS = { up: '↑ 提高', down: '↓ 降低', same: '不变' } as const;

/**
 * The table of targets followed from one plan to the other, as HTML, with each value linked to
 * the item that states it.
 * @param moves the paired targets (findIndicatorMoves)
 * @param a the earlier plan's page and its column heading (e.g. 2022年)
 * @param b the later plan's page and its column heading
 * @returns the table's HTML (in a scrolling box), or a sentence when no target pairs up
 */
export function renderIndicatorMoves(moves: IndicatorMoves<MovedTarget>, a: { url: string; label: string }, b: { url: string; label: string }): string {
	if (moves.moves.length === 0) return '<p>两份文件没有可以对应的量化目标。</p>';
	const value = (url: string, target: MovedTarget) => `<a href="${escapeHtml(url)}#${escapeHtml(target.item)}">${escapeHtml(formatTargetValue(target))}</a>`;
	// data-label names each cell's column where the rows stack, on a phone (.stack-table, global.css).
	const rows = moves.moves.map(
		(move) =>
			`<tr><th scope="row">${escapeHtml(move.subject)}</th><td class="numeric" data-label="${escapeHtml(a.label)}">${value(a.url, move.targetA)}</td><td class="numeric" data-label="${escapeHtml(b.label)}">${value(b.url, move.targetB)}</td><td class="nowrap" data-label="变化">${DIRECTIONS[move.direction]}</td></tr>`,
	);
	return `<div class="table-scroll"><table class="stack-table"><caption>同一指标在两份文件中的目标值</caption><thead><tr><th scope="col">指标</th><th scope="col" class="numeric">${escapeHtml(a.label)}</th><th scope="col" class="numeric">${escapeHtml(b.label)}</th><th scope="col">变化</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
