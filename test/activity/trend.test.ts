import { describe, expect, it } from 'vitest';
import { fitTrend, trendAt, annualGrowth, leastSquares } from '../../src/lib/activity/trend';
import { seasonalIndices } from '../../src/lib/activity/seasonal';
import { fitSeries, fittedYear } from '../../src/lib/activity/fit';

const t = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('least squares', () => {
	it('goes through a straight line exactly', () => {
		expect(leastSquares([0, 1, 2, 3], [100, 105, 110, 115])).toEqual({ intercept: 100, slope: 5 });
	});
});

describe('linear or log-linear trend', () => {
	it('keeps the straight line for straight-line data (SSE 0 beats any curve)', () => {
		const f = fitTrend(t(6), [100, 105, 110, 115, 120, 125]);
		expect(f.kind).toBe('linear');
		expect(f.linear.slope).toBeCloseTo(5, 12);
		expect(f.linear.sse).toBeCloseTo(0, 12);
		expect(f.logLinear!.sse).toBeGreaterThan(0);
		// growth from the last month (t = 5, trend 125): 12 x 5 / 125 = 0.48 a year
		expect(annualGrowth(f, 5)).toBeCloseTo(0.48, 12);
	});

	it('chooses log-linear for constant 10% a month growth', () => {
		// 100, 110, 121, 133.1: logs lie on a line of slope ln 1.1, SSE 0.
		// Straight line: x mean 1.5, y mean 116.025, Sxy = 1.5 x 16.025 + 0.5 x 6.025 + 0.5 x 4.975 + 1.5 x 17.075 = 55.15,
		// Sxx = 5, slope 11.03, intercept 99.48; residuals 0.52, -0.51, -0.54, 0.53, SSE 1.1030.
		const f = fitTrend(t(4), [100, 110, 121, 133.1]);
		expect(f.linear.slope).toBeCloseTo(11.03, 10);
		expect(f.linear.intercept).toBeCloseTo(99.48, 10);
		expect(f.linear.sse).toBeCloseTo(0.52 ** 2 + 0.51 ** 2 + 0.54 ** 2 + 0.53 ** 2, 10);
		expect(f.kind).toBe('logLinear');
		expect(f.logLinear!.slope).toBeCloseTo(Math.log(1.1), 12);
		expect(trendAt(f, 5)).toBeCloseTo(100 * 1.1 ** 5, 8);
		// a year is 12 months of 10%: 1.1^12 - 1 = 2.1384
		expect(annualGrowth(f, 3)).toBeCloseTo(1.1 ** 12 - 1, 10);
	});

	it('does not try log-linear when a month is zero', () => {
		const f = fitTrend(t(3), [0, 5, 10]);
		expect(f.logLinear).toBeNull();
		expect(f.kind).toBe('linear');
	});

	it('measures months from the first month given', () => {
		const f = fitTrend([24300, 24301, 24302], [10, 12, 14]);
		expect(f.origin).toBe(24300);
		expect(f.linear.intercept).toBeCloseTo(10, 12);
		expect(trendAt(f, 24306)).toBeCloseTo(22, 12);
	});
});

describe('seasonal indices', () => {
	// 24 months from January at a flat 100, with January and December 20 above and June and July 20 below.
	// The pattern is balanced in time (January: (-11.5 + 0.5) x 20 = -220, December (-0.5 + 11.5) x 20 = 220,
	// June (-6.5 + 5.5) x -20 = 20, July (-5.5 + 6.5) x -20 = -20), so the straight line is flat at 100
	// and the indices are 1.2, 1.2, 0.8, 0.8 and 1 elsewhere, which already average 1.
	const months = Array.from({ length: 24 }, (_, i) => 24288 + i); // January 2024 onwards
	const bump: Record<number, number> = { 0: 120, 11: 120, 5: 80, 6: 80 };
	const values = months.map((m) => bump[m % 12] ?? 100);

	it('are value / trend by calendar month, averaging 1', () => {
		const idx = seasonalIndices(months, values, () => 100)!;
		expect(idx.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([1.2, 1, 1, 1, 1, 0.8, 0.8, 1, 1, 1, 1, 1.2]);
	});

	it('need 24 months', () => {
		expect(seasonalIndices(months.slice(0, 23), values.slice(0, 23), () => 100)).toBeNull();
	});

	it('are rescaled to average 1', () => {
		// every month 10% over the trend: raw indices all 1.1, rescaled to 1.
		for (const x of seasonalIndices(months, months.map(() => 110), () => 100)!) expect(x).toBeCloseTo(1, 12);
	});

	it('feed the fit: flat trend, the pattern, and a year ahead of 1,200', () => {
		const f = fitSeries('referrals', months, values);
		expect(f.trend.kind).toBe('linear');
		expect(f.trend.linear.slope).toBeCloseTo(0, 10);
		expect(f.trend.linear.intercept).toBeCloseTo(100, 10);
		expect(f.seasonal![0]).toBeCloseTo(1.2, 10);
		// next 12 months: 100 x (1.2 + 1.2 + 0.8 + 0.8 + 8 x 1) = 1,200
		expect(f.nextYearTotal).toBeCloseTo(1200, 8);
		expect(fittedYear(f, months[0]!)).toBeCloseTo(1200, 8);
		// around the flat trend the residuals are +-20 in four months of each year: SD sqrt(8 x 400 / 22) = 12.06, CV 0.1206
		expect(f.monthlyCv).toBeCloseTo(Math.sqrt(3200 / 22) / 100, 10);
	});
});

describe('monthly coefficient of variation', () => {
	it('is the residual SD around the trend (n - 2 degrees of freedom) over the mean', () => {
		// 99, 106, 111, 114 = 100 + 5t + (-1, 1, 1, -1); the deviations sum to 0 and are orthogonal to t,
		// so the straight line is 100 + 5t, SSE 4, SD sqrt(4 / 2) = 1.4142; mean 107.5; CV 0.013156.
		const f = fitSeries('scans', t(4), [99, 106, 111, 114]);
		expect(f.trend.kind).toBe('linear');
		expect(f.trend.linear.sse).toBeCloseTo(4, 10);
		expect(f.monthlyCv).toBeCloseTo(Math.SQRT2 / 107.5, 12);
	});
});
