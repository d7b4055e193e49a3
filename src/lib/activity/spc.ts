/**
 * XmR (individuals) chart and the NHS England "Making Data Count" rules for special-cause
 * variation.
 *
 * Limits: mean +- 2.66 x mean moving range, where the moving ranges are the absolute differences
 * between consecutive points (2.66 = 3 / 1.128, d2 for ranges of two, so the limits sit at three
 * sigma). The "near a limit" line is two thirds of the way out, mean +- 1.7733 x mean moving range
 * (two sigma), as in NHS-R Community's NHSRplotthedots (ptd_spc_standard: limitclose = 2 x 2.66 / 3).
 *
 * Special causes (Making Data Count, as the project's brief and issue #12 give them):
 *   outside   - a point above the upper or below the lower process limit;
 *   shift     - a run of 7 or more consecutive points on one side of the mean (a point exactly on
 *               the mean breaks the run);
 *   trend     - 6 or more consecutive points each higher (or each lower) than the one before (an
 *               equal value breaks the run). NHSRplotthedots uses 7 points here; the issue and the
 *               domain brief ask for 6, which is what this follows;
 *   twoOfThree - two of three consecutive points beyond the two-sigma line, all three on the same
 *               side of the mean; as in NHSRplotthedots the two count only when they are near a
 *               limit, not outside it (those are caught by "outside"), and only they are marked.
 * Every point of a qualifying run is marked. Points are taken in order; a month missing from the
 * data is simply not a point (the moving range spans it).
 */
export const XMR_LIMIT = 2.66;
export const NEAR_LIMIT = (2 * XMR_LIMIT) / 3;
export const SHIFT_RUN = 7;
export const TREND_RUN = 6;

export type SpcRule = 'outside' | 'shift' | 'trend' | 'twoOfThree';

export const SPC_RULE_LABELS: Record<SpcRule, string> = {
	outside: 'outside the process limits',
	shift: `run of ${SHIFT_RUN} or more on one side of the mean`,
	trend: `${TREND_RUN} or more rising or falling in a row`,
	twoOfThree: 'two of three near a process limit'
};

export interface XmrLimits {
	mean: number;
	meanMovingRange: number;
	upper: number;
	lower: number;
	nearUpper: number;
	nearLower: number;
}

export interface SpcPoint {
	value: number;
	rules: SpcRule[];
	/** Which way the special cause points: above/rising or below/falling; null for common cause. */
	direction: 'high' | 'low' | null;
}

export interface XmrChart {
	limits: XmrLimits;
	points: SpcPoint[];
	/** Count of points marked by each rule. */
	counts: Record<SpcRule, number>;
}

export function xmrLimits(values: readonly number[]): XmrLimits {
	const n = values.length;
	const mean = n ? values.reduce((a, b) => a + b, 0) / n : 0;
	let mr = 0;
	for (let i = 1; i < n; i++) mr += Math.abs((values[i] as number) - (values[i - 1] as number));
	const meanMovingRange = n > 1 ? mr / (n - 1) : 0;
	return {
		mean,
		meanMovingRange,
		upper: mean + XMR_LIMIT * meanMovingRange,
		lower: mean - XMR_LIMIT * meanMovingRange,
		nearUpper: mean + NEAR_LIMIT * meanMovingRange,
		nearLower: mean - NEAR_LIMIT * meanMovingRange
	};
}

/** Sign of each point against the mean: 1 above, -1 below, 0 on it. */
function sides(values: readonly number[], mean: number): number[] {
	return values.map((v) => Math.sign(v - mean));
}

/** Mark every point of each run of at least `length` equal, non-zero signs. */
function markRuns(signs: readonly number[], length: number): number[] {
	const out = new Array<number>(signs.length).fill(0);
	let start = 0;
	for (let i = 1; i <= signs.length; i++) {
		if (i < signs.length && signs[i] === signs[start]) continue;
		if (signs[start] !== 0 && i - start >= length) for (let k = start; k < i; k++) out[k] = signs[start] as number;
		start = i;
	}
	return out;
}

/** Rule "outside": 1 above the upper limit, -1 below the lower, 0 otherwise. */
export function outsideLimits(values: readonly number[], l: XmrLimits): number[] {
	return values.map((v) => (v > l.upper ? 1 : v < l.lower ? -1 : 0));
}

/** Rule "shift": points in a run of SHIFT_RUN or more on one side of the mean. */
export function shiftRuns(values: readonly number[], l: XmrLimits, run = SHIFT_RUN): number[] {
	return markRuns(sides(values, l.mean), run);
}

/** Rule "trend": points in a run of TREND_RUN or more each rising (1) or each falling (-1). */
export function trendRuns(values: readonly number[], run = TREND_RUN): number[] {
	const out = new Array<number>(values.length).fill(0);
	if (values.length < 2) return out;
	// The step into each point: a run of k points has k - 1 steps of one sign.
	const steps = values.slice(1).map((v, i) => Math.sign(v - (values[i] as number)));
	const marked = markRuns(steps, run - 1);
	marked.forEach((d, i) => {
		if (d === 0) return;
		out[i] = d;
		out[i + 1] = d;
	});
	return out;
}

/** Rule "two of three": points near a limit (beyond two sigma, within the limits) in a window of three on one side with at least two near. */
export function twoOfThree(values: readonly number[], l: XmrLimits): number[] {
	const side = sides(values, l.mean);
	const near = values.map((v) => (v <= l.upper && v >= l.lower && (v > l.nearUpper || v < l.nearLower) ? 1 : 0));
	const out = new Array<number>(values.length).fill(0);
	for (let i = 0; i + 2 < values.length; i++) {
		const s = side[i] as number;
		if (s === 0 || side[i + 1] !== s || side[i + 2] !== s) continue;
		if ((near[i] as number) + (near[i + 1] as number) + (near[i + 2] as number) < 2) continue;
		for (let k = i; k < i + 3; k++) if (near[k]) out[k] = s;
	}
	return out;
}

/** The XmR chart of a series with each point's special causes. */
export function xmrChart(values: readonly number[]): XmrChart {
	const limits = xmrLimits(values);
	const rules: [SpcRule, number[]][] = [
		['outside', outsideLimits(values, limits)],
		['shift', shiftRuns(values, limits)],
		['trend', trendRuns(values)],
		['twoOfThree', twoOfThree(values, limits)]
	];
	const counts: Record<SpcRule, number> = { outside: 0, shift: 0, trend: 0, twoOfThree: 0 };
	const points = values.map((value, i) => {
		const hit = rules.filter(([, marks]) => marks[i] !== 0);
		for (const [rule] of hit) counts[rule]++;
		const first = hit[0]?.[1][i] ?? 0;
		return { value, rules: hit.map(([r]) => r), direction: first > 0 ? ('high' as const) : first < 0 ? ('low' as const) : null };
	});
	return { limits, points, counts };
}
