/** A purchase of an asset inside the horizon: its first installation or a like-for-like replacement. */
export interface PurchaseEvent {
	yearIndex: number;
	kind: 'install' | 'replacement';
}

/** No purchase in the year, the asset's installation, or a like-for-like replacement. */
export const NO_EVENT = 0;
export const INSTALL = 1;
export const REPLACEMENT = 2;

/**
 * When an asset is bought inside the horizon. An asset installed inside the horizon is bought in
 * its installation year; it is replaced every `lifetimeYears` after installation. One already past
 * its life at the start (e.g. a 12-year-old scanner with a 10-year life) is replaced in year 0.
 * Lifetime 0 means never replaced. Source for the 10-year scanner life: the guideline.
 * Each purchase in year index y of [from, to) is marked INSTALL or REPLACEMENT at out[at + y];
 * other cells are left alone (the Monte Carlo analysis marks every asset of every option this way,
 * into the arena, rather than building a list).
 */
export function markPurchases(installedYear: number, lifetimeYears: number, startYear: number, horizonYears: number, out: Uint8Array, at = 0, from = 0, to = horizonYears): void {
	const end = startYear + horizonYears;
	if (installedYear >= startYear && installedYear < end) {
		const y = installedYear - startYear;
		if (y >= from && y < to) out[at + y] = INSTALL;
	}
	if (lifetimeYears <= 0) return;
	let due = Math.max(installedYear + lifetimeYears, startYear);
	while (due < end) {
		const y = due - startYear;
		if (y >= from && y < to) out[at + y] = REPLACEMENT;
		due += lifetimeYears;
	}
}

/** The purchases markPurchases marks, as a list in year order. */
export function purchases(installedYear: number, lifetimeYears: number, startYear: number, horizonYears: number): PurchaseEvent[] {
	const marks = new Uint8Array(Math.max(0, horizonYears));
	markPurchases(installedYear, lifetimeYears, startYear, horizonYears, marks);
	const out: PurchaseEvent[] = [];
	for (let y = 0; y < marks.length; y++) if (marks[y] !== NO_EVENT) out.push({ yearIndex: y, kind: marks[y] === INSTALL ? 'install' : 'replacement' });
	return out;
}

/**
 * The year index of the most recent purchase at or before year `y`, or the installation year (may
 * be negative). `purchasedIn[t]` is non-zero when the asset is bought in year t of the horizon.
 */
export function lastPurchaseYear(installedYear: number, startYear: number, purchasedIn: ArrayLike<number>, y: number): number {
	let last = installedYear - startYear;
	for (let t = 0; t <= y; t++) if (purchasedIn[t]) last = Math.max(last, t);
	return last;
}

/**
 * Straight-line residual value at the end of the horizon of an asset bought in year p:
 * cost x remaining life / lifetime, where remaining = lifetime - (horizon - p), floored at 0.
 */
export function residualValue(cost: number, purchaseYearIndex: number, lifetimeYears: number, horizonYears: number): number {
	if (lifetimeYears <= 0) return 0;
	const remaining = Math.max(0, lifetimeYears - (horizonYears - purchaseYearIndex));
	return (cost * remaining) / lifetimeYears;
}
