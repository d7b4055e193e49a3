import type { Stat } from './types';
import { sortFloat64, SortScratch } from './sortFloats';

/**
 * Work arrays for summarising many columns (stat, column): a summary of a run keeps one, so its
 * 20-odd columns of 10,000 values reuse the same storage rather than each allocating its own.
 */
export class StatScratch {
	private values = new Float64Array(0);
	private col = new Float64Array(0);
	readonly sort = new SortScratch();

	/** Storage for n values being sorted (stat's own). */
	valuesFor(n: number): Float64Array {
		if (this.values.length < n) this.values = new Float64Array(n);
		return this.values.subarray(0, n);
	}

	/** Storage for a column of n values (column's, when given this scratch). */
	columnFor(n: number): Float64Array {
		if (this.col.length < n) this.col = new Float64Array(n);
		return this.col.subarray(0, n);
	}
}

/**
 * The p-quantile of values sorted ascending, interpolating linearly between order statistics
 * (R's type 7, Excel's PERCENTILE.INC): position h = p (n - 1); the value at h when h is whole,
 * else (1 - f) x[floor h] + f x[floor h + 1] with f = h mod 1. Written as mathjs's quantileSeq
 * (sorted) computes it, operation for operation, so the figures are its figures to the last bit
 * (test/uncertainty/stats.test.ts) without loading mathjs into the PSA worker: its typed functions
 * took longer to set up on a worker's first run than the percentiles of the whole run take.
 */
export function quantileSorted(xs: ArrayLike<number>, p: number): number {
	const index = p * (xs.length - 1);
	if (Number.isFinite(index) && index === Math.round(index)) return xs[index] as number;
	const i = Math.floor(index);
	const frac = index % 1;
	return (xs[i] as number) * (1 - frac) + (xs[i + 1] as number) * frac;
}

/**
 * Mean, standard deviation (sample, n - 1) and the 5th, 50th and 95th percentiles. Percentiles
 * interpolate linearly between order statistics (quantileSorted: mathjs's quantileSeq, R's type 7
 * and Excel's PERCENTILE.INC). The mean and sd are summed here in one loop each, over the sorted
 * values in mathjs's own order (mathjs mean: the values added first to last, over n; std: the
 * squared differences from that mean added first to last, over n - 1, square-rooted), so they are
 * mathjs's figures to the last bit (test/uncertainty/stats.test.ts) without a typed-function call
 * per value: a 10,000-iteration run summarises 20 or more columns. NaN values (undefined results)
 * are left out; null when none remain.
 */
export function stat(values: ArrayLike<number>, scratch: StatScratch = new StatScratch()): Stat | null {
	// Sorted as a Float64Array, into the order Float64Array.prototype.sort gives (numeric), by
	// sortFloat64's radix sort: a few times faster over a 10,000-iteration run, the same bits.
	const sorted = scratch.valuesFor(values.length);
	let n = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i] as number;
		if (!Number.isNaN(v)) sorted[n++] = v;
	}
	if (n === 0) return null;
	const xs = sorted.subarray(0, n);
	sortFloat64(xs, scratch.sort);
	const p05 = quantileSorted(xs, 0.05);
	const p50 = quantileSorted(xs, 0.5);
	const p95 = quantileSorted(xs, 0.95);
	let sum = xs[0] as number;
	for (let i = 1; i < n; i++) sum += xs[i] as number;
	const mean = sum / n;
	let sd = 0;
	if (n > 1) {
		const d0 = (xs[0] as number) - mean;
		let ss = d0 * d0;
		for (let i = 1; i < n; i++) {
			const d = (xs[i] as number) - mean;
			ss += d * d;
		}
		sd = Math.sqrt(ss / (n - 1));
	}
	return { mean, sd, p05, p50, p95, n };
}

/** Column `j` of a row-major matrix with `width` columns (into the scratch's storage when given one: read it before the next column). */
export function column(m: Float64Array, width: number, j: number, scratch?: StatScratch): Float64Array {
	const n = m.length / width;
	const out = scratch ? scratch.columnFor(n) : new Float64Array(n);
	for (let i = 0; i < n; i++) out[i] = m[i * width + j] as number;
	return out;
}

/**
 * Counts on `bins` equal-width bins shared by every series, from the smallest to the largest value
 * over all series (the last bin includes its upper edge). A degenerate range gets one bin.
 */
export function histogram(series: readonly Float64Array[], bins = 30): { edges: number[]; counts: number[][] } {
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of series) {
		for (const v of s) {
			if (!Number.isFinite(v)) continue;
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
	}
	if (!Number.isFinite(lo)) return { edges: [0, 1], counts: series.map(() => [0]) };
	if (hi === lo) {
		const pad = Math.abs(lo) * 0.005 || 0.5;
		return { edges: [lo - pad, hi + pad], counts: series.map((s) => [s.filter(Number.isFinite).length]) };
	}
	const w = (hi - lo) / bins;
	const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * w));
	const counts = series.map((s) => {
		const c = new Array<number>(bins).fill(0);
		for (const v of s) {
			if (!Number.isFinite(v)) continue;
			const k = Math.min(bins - 1, Math.floor((v - lo) / w));
			c[k] = (c[k] as number) + 1;
		}
		return c;
	});
	return { edges, counts };
}
