/**
 * Trend of a monthly series: a straight line y = a + b t, or a log-linear line ln y = a + b t
 * (constant percentage growth), each by ordinary least squares over the months present (t in
 * months; gaps are simply absent points, never filled).
 *
 * Criterion: the fit with the smaller residual sum of squares on the original scale,
 * SSE = sum (y - fitted)^2 with the log-linear fit back-transformed as exp(a + b t). Both lines
 * have two parameters, so this is the same choice as the smaller AIC (n ln(SSE/n) + 2k). On a tie
 * the straight line is kept (the simpler reading); log-linear is not tried when any value is 0 or
 * less (its log is undefined).
 */
export interface LineFit {
	intercept: number;
	/** Change per month: units per month (linear) or change in ln y per month (log-linear). */
	slope: number;
	sse: number;
}

export interface TrendFit {
	kind: 'linear' | 'logLinear';
	linear: LineFit;
	/** Null when some value is 0 or negative. */
	logLinear: LineFit | null;
	/** Reference month t0 the intercept is measured from. */
	origin: number;
}

/** Least-squares line through (x, y); slope 0 when all x are equal. */
export function leastSquares(x: readonly number[], y: readonly number[]): { intercept: number; slope: number } {
	const n = x.length;
	if (n === 0) return { intercept: 0, slope: 0 };
	let sx = 0;
	let sy = 0;
	for (let i = 0; i < n; i++) {
		sx += x[i] as number;
		sy += y[i] as number;
	}
	const mx = sx / n;
	const my = sy / n;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		const dx = (x[i] as number) - mx;
		sxx += dx * dx;
		sxy += dx * ((y[i] as number) - my);
	}
	const slope = sxx > 0 ? sxy / sxx : 0;
	return { intercept: my - slope * mx, slope };
}

function sse(x: readonly number[], y: readonly number[], f: (t: number) => number): number {
	let s = 0;
	for (let i = 0; i < x.length; i++) {
		const e = (y[i] as number) - f(x[i] as number);
		s += e * e;
	}
	return s;
}

/** Fit both lines to (month, value) points; months are measured from `origin`. */
export function fitTrend(months: readonly number[], values: readonly number[], origin = months[0] ?? 0): TrendFit {
	const t = months.map((m) => m - origin);
	const lin = leastSquares(t, values);
	const linear: LineFit = { ...lin, sse: sse(t, values, (x) => lin.intercept + lin.slope * x) };
	let logLinear: LineFit | null = null;
	if (values.length > 0 && values.every((v) => v > 0)) {
		const lg = leastSquares(
			t,
			values.map((v) => Math.log(v))
		);
		logLinear = { ...lg, sse: sse(t, values, (x) => Math.exp(lg.intercept + lg.slope * x)) };
	}
	const kind = logLinear && logLinear.sse < linear.sse ? 'logLinear' : 'linear';
	return { kind, linear, logLinear, origin };
}

/** The chosen trend's value at a month. */
export function trendAt(fit: TrendFit, month: number): number {
	const t = month - fit.origin;
	if (fit.kind === 'logLinear' && fit.logLinear) return Math.exp(fit.logLinear.intercept + fit.logLinear.slope * t);
	return fit.linear.intercept + fit.linear.slope * t;
}

/**
 * Growth a year as a fraction: for log-linear exp(12 b) - 1 (the same every year); for a straight
 * line, 12 b over the trend's value at `atMonth` (the growth of the coming year from that month).
 */
export function annualGrowth(fit: TrendFit, atMonth: number): number {
	if (fit.kind === 'logLinear' && fit.logLinear) return Math.exp(12 * fit.logLinear.slope) - 1;
	const level = trendAt(fit, atMonth);
	return level > 0 ? (12 * fit.linear.slope) / level : 0;
}
