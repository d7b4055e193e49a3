import type { MonthIndex } from './months';

/** Months of data needed before seasonal indices are estimated: two of each calendar month. */
export const SEASONAL_MIN_MONTHS = 24;

/**
 * Multiplicative seasonal indices by calendar month (ratio to trend): for each calendar month the
 * mean of value / trend over the years present, then all twelve scaled so they average 1. An
 * index of 1.10 for March means March runs 10% above the trend. Null when fewer than
 * SEASONAL_MIN_MONTHS points, or when some calendar month has no data or a trend at or below 0.
 * Index 0 is January.
 */
export function seasonalIndices(months: readonly MonthIndex[], values: readonly number[], trend: (m: MonthIndex) => number): number[] | null {
	if (months.length < SEASONAL_MIN_MONTHS) return null;
	const sums = new Array<number>(12).fill(0);
	const counts = new Array<number>(12).fill(0);
	for (let i = 0; i < months.length; i++) {
		const m = months[i] as number;
		const tr = trend(m);
		if (!(tr > 0)) return null;
		sums[m % 12] = (sums[m % 12] as number) + (values[i] as number) / tr;
		counts[m % 12] = (counts[m % 12] as number) + 1;
	}
	if (counts.some((c) => c === 0)) return null;
	const raw = sums.map((s, k) => s / (counts[k] as number));
	const mean = raw.reduce((a, b) => a + b, 0) / 12;
	return mean > 0 ? raw.map((r) => r / mean) : null;
}
