/** A purchase of an asset inside the horizon: its first installation or a like-for-like replacement. */
export interface PurchaseEvent {
	yearIndex: number;
	kind: 'install' | 'replacement';
}

/**
 * When an asset is bought inside the horizon. An asset installed inside the horizon is bought in
 * its installation year; it is replaced every `lifetimeYears` after installation. One already past
 * its life at the start (e.g. a 12-year-old scanner with a 10-year life) is replaced in year 0.
 * Lifetime 0 means never replaced. Source for the 10-year scanner life: the guideline.
 */
export function purchases(installedYear: number, lifetimeYears: number, startYear: number, horizonYears: number): PurchaseEvent[] {
	const end = startYear + horizonYears;
	const out: PurchaseEvent[] = [];
	if (installedYear >= startYear && installedYear < end) out.push({ yearIndex: installedYear - startYear, kind: 'install' });
	if (lifetimeYears <= 0) return out;
	let due = Math.max(installedYear + lifetimeYears, startYear);
	while (due < end) {
		out.push({ yearIndex: due - startYear, kind: 'replacement' });
		due += lifetimeYears;
	}
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
