import { applyChange, diffScenarios, sameValue, valueAt, type Change } from './diff';
import { describeChange, showValue, type DescribedChange } from './describe';

/**
 * Merging after a 409: someone saved a newer version while this person edited the one before.
 * Each change in the newer version (since the common base) is one row: the base value, the
 * newer ("theirs") value and this person's ("mine"). Where only they changed an input, theirs is
 * taken by default; where both changed it differently, it is a conflict and mine is kept unless
 * the person picks theirs.
 */
export interface MergeRow {
	change: Change;
	described: DescribedChange;
	mine: string;
	/** Both sides changed this input, to different values. */
	conflict: boolean;
	/** Take theirs (the default unless it is a conflict). */
	takeTheirs: boolean;
}

export function mergeRows(base: unknown, mine: unknown, theirs: unknown): MergeRow[] {
	return diffScenarios(base, theirs).map((change) => {
		const mineValue = valueAt(mine, change.path);
		const mineChanged = !sameValue(mineValue, change.before);
		const same = sameValue(mineValue, change.after);
		const described = describeChange(change, base, theirs);
		const conflict = mineChanged && !same;
		return { change, described, mine: showValue(mineValue), conflict, takeTheirs: !conflict && !same };
	});
}

/** Mine with the chosen changes of theirs applied; `skipped` lists rows that could not be applied. */
export function applyMerge(mine: unknown, rows: readonly MergeRow[]): { merged: unknown; skipped: DescribedChange[] } {
	const merged = structuredClone(mine);
	const skipped: DescribedChange[] = [];
	for (const r of rows) if (r.takeTheirs && !applyChange(merged, r.change)) skipped.push(r.described);
	return { merged, skipped };
}
